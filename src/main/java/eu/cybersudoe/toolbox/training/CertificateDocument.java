package eu.cybersudoe.toolbox.training;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.documents.Outline;
import eu.cybersudoe.shared.documents.PdfDocuments;
import eu.cybersudoe.network.Network;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The training certificate as a tagged PDF in the platform's document frame (the network's header,
 * emblems and funding line): who, for which partner, the programme, its modules with the date each
 * was attended, and the date of issue.
 */
@Component
public class CertificateDocument {

    private final PdfDocuments pdfs;
    private final MessageSource messages;
    private final TrainingStore store;
    private final Network network;

    CertificateDocument(PdfDocuments pdfs, MessageSource messages, TrainingStore store, Network network) {
        this.pdfs = pdfs;
        this.messages = messages;
        this.store = store;
        this.network = network;
    }

    public byte[] pdf(Certificate certificate, Language language) {
        Programme programme = store.programme(certificate.programmeId()).orElseThrow();
        String partner = network.partnerTyped(certificate.partnerId()).map(p -> p.name()).orElse(certificate.partnerId());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        List<List<String>> rows = programme.modules().stream()
                .map(m -> List.of(String.valueOf(m.position()), m.title().in(language).text(),
                        store.bestScore(m.id(), certificate.accountId()).map(s -> s + " / 100").orElse("")))
                .toList();
        return pdfs.write(Outline.of(language, t(language, "training.certificate.heading"))
                .line(programme.title().in(language).text())
                .statement(t(language, "training.certificate.text", certificate.personName(), partner,
                        programme.title().in(language).text(), certificate.issuedOn().format(dates)))
                .section(t(language, "training.certificate.modules"))
                .table(List.of(t(language, "training.certificate.position"), t(language, "training.module"),
                        t(language, "training.certificate.score")), List.of(1, 8, 2), rows)
                .text(t(language, "training.certificate.closing", String.valueOf(certificate.id())))
                .build());
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
    }
}
