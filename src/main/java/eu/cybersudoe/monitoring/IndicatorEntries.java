package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.PartnerId;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Indicators no module measures, entered by hand: a partner enters the value achieved during a
 * semester with a comment and evidence files; a network admin who is not the person who entered
 * it validates it or returns it (four-eyes). Only validated values count on the dashboard. Once a
 * module measures an indicator, entry stops and the entered history stays readable.
 */
public interface IndicatorEntries {

    /** The active indicators no source measures, which partners enter, in catalogue order. */
    List<Indicator> enterable();

    /** Whether an indicator is measured by a module (true) or entered by partners (false). */
    boolean measured(String indicator);

    Optional<Entry> entry(long id);

    /** A partner's entries of a semester, in catalogue order. */
    List<Entry> ofPartner(PartnerId partner, int semester);

    /** Entries waiting for a network admin's decision, the oldest first. */
    List<Entry> awaiting();

    /** Validated entries, the latest decision first: the values that count, whose evidence the evaluator reads. */
    List<Entry> validated();

    /** Every entry of an indicator, the latest semester first: the history that stays once a module measures it. */
    List<Entry> history(String indicator);

    /** The evidence files of an entry, in the order they were added. */
    List<Evidence> evidence(long entry);

    /** An evidence file's content, empty when the entry has no such file; the caller closes it. */
    Optional<InputStream> openEvidence(long entry, long evidence);

    /**
     * Enters (or enters again, while not validated) a partner's value of a semester; the files go
     * through the upload guard before anything is kept.
     *
     * @throws EntryRefused when the indicator is measured, the semester has not started, the value is
     *                      missing or negative, or the entry is already validated
     * @throws eu.cybersudoe.shared.files.UploadRefused when a file is refused
     */
    Entry submit(String indicator, PartnerId partner, int semester, BigDecimal value, String comment,
                 List<EvidenceUpload> files, Person who);

    /** Validates a submitted entry; never by the person who entered it. */
    Entry validate(long entry, Person who);

    /** Returns a submitted entry to its partner with a comment saying what to correct. */
    Entry giveBack(long entry, Person who, String comment);

    /**
     * Someone acting on an entry.
     *
     * @param accountId their account
     * @param name      their name, kept with the entry
     */
    record Person(long accountId, String name) {
        public Person {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A file sent as evidence. */
    record EvidenceUpload(String fileName, InputStream content) {
    }

    /** A kept evidence file. */
    record Evidence(long id, String fileName, Instant addedAt) {
    }

    /** Where an entry stands. */
    enum State {
        SUBMITTED, VALIDATED, RETURNED
    }

    /**
     * A value entered by a partner for a semester.
     *
     * @param decidedBy       the admin who validated or returned it, or null
     * @param decisionComment why it was returned, or null
     */
    record Entry(long id, String indicator, PartnerId partner, int semester, BigDecimal value, String comment, State state,
                 long enteredBy, String enteredByName, Instant enteredAt, Long decidedBy, String decidedByName,
                 Instant decidedAt, String decisionComment) {
    }
}
