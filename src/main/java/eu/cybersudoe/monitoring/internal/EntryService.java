package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.EntryRefused;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.files.FileKind;
import eu.cybersudoe.shared.files.FileStore;
import eu.cybersudoe.shared.files.UploadGuard;
import eu.cybersudoe.shared.files.UploadUse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Hand-entered indicator values with their evidence and the four-eyes decision. */
@Service
class EntryService implements IndicatorEntries {

    /** Evidence: documents, spreadsheets and pictures, 20 MB each. */
    static final UploadUse EVIDENCE = UploadUse.of("monitoring-evidence", DataSize.ofMegabytes(20), FileKind.PDF, FileKind.JPEG,
            FileKind.PNG, FileKind.DOCX, FileKind.XLSX, FileKind.TEXT);
    static final int MAX_COMMENT = 4000;

    private final EntryTable entries;
    private final MonitoringService monitoring;
    private final IndicatorSources sources;
    private final ObjectProvider<Network> network;
    private final UploadGuard guard;
    private final FileStore files;
    private final Clock clock;

    EntryService(EntryTable entries, MonitoringService monitoring, IndicatorSources sources, ObjectProvider<Network> network,
                 UploadGuard guard, FileStore files, Clock clock) {
        this.entries = entries;
        this.monitoring = monitoring;
        this.sources = sources;
        this.network = network;
        this.guard = guard;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public List<Indicator> enterable() {
        return monitoring.indicators().stream().filter(i -> !measured(i.code())).toList();
    }

    @Override
    public boolean measured(String indicator) {
        return sources.sourceOf(indicator).isPresent();
    }

    @Override
    public Optional<Entry> entry(long id) {
        return entries.find(id);
    }

    @Override
    public List<Entry> ofPartner(PartnerId partner, int semester) {
        Map<String, Integer> order = catalogueOrder();
        return entries.ofPartner(partner, semester).stream()
                .sorted(Comparator.comparing(e -> order.getOrDefault(e.indicator(), Integer.MAX_VALUE))).toList();
    }

    @Override
    public List<Entry> awaiting() {
        return entries.inState(State.SUBMITTED);
    }

    @Override
    public List<Entry> validated() {
        return entries.inState(State.VALIDATED).stream()
                .sorted(Comparator.comparing(Entry::decidedAt, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    @Override
    public List<Entry> history(String indicator) {
        return entries.ofIndicator(indicator);
    }

    @Override
    public List<Evidence> evidence(long entry) {
        return entries.evidence(entry);
    }

    @Override
    public Optional<InputStream> openEvidence(long entry, long evidence) {
        return entries.evidenceKey(entry, evidence).map(files::open);
    }

    @Override
    @Transactional
    public Entry submit(String indicator, PartnerId partner, int semester, BigDecimal value, String comment,
                        List<EvidenceUpload> uploads, Person who) {
        if (monitoring.indicator(indicator).isEmpty() || measured(indicator)) {
            throw new EntryRefused("monitoring.entry.refused.measured");
        }
        if (network.getObject().partner(partner).isEmpty()) {
            throw new EntryRefused("monitoring.entry.refused.noPartner");
        }
        LocalDate today = LocalDate.now(clock);
        boolean started = network.getObject().calendar().semesters().stream()
                .anyMatch(s -> s.number() == semester && !s.start().isAfter(today));
        if (!started) {
            throw new EntryRefused("monitoring.entry.refused.semester");
        }
        if (value == null || value.signum() < 0 || value.precision() - value.scale() > 15 || value.scale() > 4) {
            throw new EntryRefused("monitoring.entry.refused.value");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new EntryRefused("monitoring.entry.refused.comment");
        }
        Instant now = clock.instant();
        Optional<Entry> existing = entries.find(indicator, partner, semester);
        long id;
        if (existing.isPresent()) {
            if (existing.get().state() == State.VALIDATED || !entries.resubmit(existing.get().id(), value, text,
                    who.accountId(), who.name(), now)) {
                throw new EntryRefused("monitoring.entry.refused.validated");
            }
            id = existing.get().id();
        } else {
            id = entries.insert(indicator, partner, semester, value, text, who.accountId(), who.name(), now);
        }
        for (EvidenceUpload upload : uploads) {
            UploadGuard.Admitted admitted = guard.admit(EVIDENCE, upload.fileName(), upload.content());
            entries.addEvidence(id, admitted.file().key(), admitted.file().fileName(), now);
        }
        return entries.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public Entry validate(long id, Person who) {
        return decide(id, who, State.VALIDATED, null);
    }

    @Override
    @Transactional
    public Entry giveBack(long id, Person who, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new EntryRefused("monitoring.entry.refused.returnComment");
        }
        if (comment.strip().length() > MAX_COMMENT) {
            throw new EntryRefused("monitoring.entry.refused.comment");
        }
        return decide(id, who, State.RETURNED, comment.strip());
    }

    private Entry decide(long id, Person who, State state, String comment) {
        Entry entry = entries.find(id).orElseThrow(() -> new EntryRefused("monitoring.entry.refused.noEntry"));
        if (entry.enteredBy() == who.accountId()) {
            throw new EntryRefused("monitoring.entry.refused.fourEyes");
        }
        if (entry.state() != State.SUBMITTED || !entries.decide(id, state, who.accountId(), who.name(), clock.instant(), comment)) {
            throw new EntryRefused("monitoring.entry.refused.decided");
        }
        return entries.find(id).orElseThrow();
    }

    private Map<String, Integer> catalogueOrder() {
        List<Indicator> all = monitoring.indicators();
        return all.stream().collect(Collectors.toMap(Indicator::code, all::indexOf, (a, b) -> a));
    }

    /** The semesters whose values count up to a day: those that had started by then. */
    static List<Integer> semestersUntil(List<Semester> semesters, LocalDate until) {
        return semesters.stream().filter(s -> !s.start().isAfter(until)).map(Semester::number).toList();
    }

}
