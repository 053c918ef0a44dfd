package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Edition;
import eu.cybersudoe.monitoring.EvaluationDocuments;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Monitoring's own documents in the evaluator's room: every revision of each closed semester's
 * edition as XLSX, and the evidence files of validated entered values.
 */
@Component
class MonitoringDocuments implements EvaluationDocuments {

    private static final Pattern EDITION = Pattern.compile("edition-(\\d+)-(\\d+)");
    private static final Pattern EVIDENCE = Pattern.compile("evidence-(\\d+)-(\\d+)");

    private final Monitoring monitoring;
    private final IndicatorEntries entries;
    private final EditionWorkbook workbook;
    private final ObjectProvider<Network> network;
    private final MessageSource messages;

    MonitoringDocuments(Monitoring monitoring, IndicatorEntries entries, EditionWorkbook workbook, ObjectProvider<Network> network,
                        MessageSource messages) {
        this.monitoring = monitoring;
        this.entries = entries;
        this.workbook = workbook;
        this.network = network;
        this.messages = messages;
    }

    @Override
    public String collection() {
        return "monitoring";
    }

    @Override
    public List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        for (Edition latest : monitoring.closedSemesters()) {
            for (Edition edition : monitoring.editions(latest.semester())) {
                documents.add(new Document("edition-" + edition.semester() + "-" + edition.revision(),
                        Texts.all(messages, "evaluation.document.edition", edition.semester(), edition.revision()),
                        Texts.all(messages, "evaluation.category.edition"), edition.closedAt().atZone(ZoneOffset.UTC).toLocalDate()));
            }
        }
        for (IndicatorEntries.Entry entry : entries.validated()) {
            for (IndicatorEntries.Evidence evidence : entries.evidence(entry.id())) {
                documents.add(new Document("evidence-" + entry.id() + "-" + evidence.id(),
                        Texts.each(messages, "evaluation.document.evidence", language -> new Object[]{evidence.fileName(),
                                indicatorName(entry.indicator(), language), partnerName(entry.partner()), entry.semester()}),
                        Texts.all(messages, "evaluation.category.evidence"),
                        evidence.addedAt().atZone(ZoneOffset.UTC).toLocalDate()));
            }
        }
        return documents;
    }

    @Override
    public Optional<DocumentFile> open(String key, Language language) {
        Matcher edition = EDITION.matcher(key);
        if (edition.matches()) {
            int semester = Integer.parseInt(edition.group(1));
            int revision = Integer.parseInt(edition.group(2));
            return monitoring.dashboard(semester, revision, Optional.empty()).filter(d -> d.edition().isPresent()).map(d -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    workbook.write(d, semester, revision, language, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new DocumentFile(workbook.fileName(d, semester, language), EditionWorkbook.CONTENT_TYPE, out.toByteArray());
            });
        }
        Matcher evidence = EVIDENCE.matcher(key);
        if (evidence.matches()) {
            long entry = Long.parseLong(evidence.group(1));
            long file = Long.parseLong(evidence.group(2));
            boolean validated = entries.entry(entry).map(e -> e.state() == IndicatorEntries.State.VALIDATED).orElse(false);
            Optional<IndicatorEntries.Evidence> kept = entries.evidence(entry).stream().filter(e -> e.id() == file).findFirst();
            if (!validated || kept.isEmpty()) {
                return Optional.empty();
            }
            return entries.openEvidence(entry, file).map(in -> {
                try (InputStream content = in) {
                    return new DocumentFile(kept.get().fileName(), "application/octet-stream", content.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return Optional.empty();
    }

    private String indicatorName(String code, Language language) {
        return monitoring.indicator(code).map(i -> i.name().in(language).text()).orElse(code);
    }

    private String partnerName(PartnerId id) {
        return network.getObject().partner(id).map(p -> p.shortName()).orElse(id.value());
    }
}
