package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The progress reports of the semesters (MON-1, MON-4 technical part). Each partner writes its part
 * of a semester (progress per work package, deviations and their reasons, problems and solutions,
 * next steps): saved as a draft, then submitted; only that partner's staff write it. The lead
 * partner (a network admin or a manager of the lead partner, as for closing a semester) assembles
 * the project report once the semester's edition is closed: the parts and what every
 * {@link ReportSection} writes, kept with the report. The steering committee's approval is then
 * recorded (date, decision reference, who recorded it) and locks the report and its parts.
 */
public interface ProgressReports {

    /** The fields of a part, as the form names them. */
    String DEVIATIONS = "deviations";
    String PROBLEMS = "problems";
    String NEXT_STEPS = "nextSteps";
    /** The form field of a work package's progress: this prefix and the work package's code. */
    String PROGRESS = "progress-";
    /** The longest text of a field. */
    int LONGEST = 8000;

    /** A partner's part of a semester's report. */
    record Part(long id, int semester, PartnerId partner, Status status, Map<String, String> progress, String deviations,
                String problems, String nextSteps, String updatedByName, Instant updatedAt, Instant submittedAt) {

        public Part {
            progress = Map.copyOf(progress);
        }

        public boolean submitted() {
            return status == Status.SUBMITTED;
        }
    }

    /** Where a part stands. */
    enum Status { DRAFT, SUBMITTED }

    /** What a partner writes: progress by work package code, and the three texts. */
    record PartInput(Map<String, String> progress, String deviations, String problems, String nextSteps) {

        public PartInput {
            progress = Map.copyOf(progress);
            deviations = deviations == null ? "" : deviations.strip();
            problems = problems == null ? "" : problems.strip();
            nextSteps = nextSteps == null ? "" : nextSteps.strip();
        }
    }

    /**
     * A semester's project report.
     *
     * @param approvedOn        the day the steering committee approved it, null until then
     * @param decisionReference the committee's decision reference, null until approved
     */
    record Report(long id, int semester, String assembledByName, Instant assembledAt, LocalDate approvedOn,
                  String decisionReference, String approvedByName, Instant approvalRecordedAt) {

        /** Whether the approval is recorded: the report and its parts are locked. */
        public boolean approved() {
            return approvedOn != null;
        }
    }

    /** A partner's part of a semester, if it was ever saved. */
    Optional<Part> part(int semester, PartnerId partner);

    /** Every part of a semester, drafts included, in the network's partner order. */
    List<Part> parts(int semester);

    /** Whether the person may write that partner's part: staff of that very partner, acting for it. */
    boolean mayWrite(PartnerId partner, Closer person);

    /** Whether the person may assemble the report and record its approval: as for closing a semester. */
    boolean mayAssemble(Closer person);

    /**
     * Saves a partner's part as a draft or submits it. A submitted part may still be changed (and is
     * submitted again) until the report is approved.
     *
     * @throws ReportRefused per field (a text too long; on submission, a text missing) or as a whole
     *                       (not that partner's staff, no such semester, the report approved)
     */
    Part save(int semester, PartnerId partner, PartInput input, boolean submit, Closer person);

    /** The project report of a semester, once assembled. */
    Optional<Report> report(int semester);

    /**
     * Assembles (or assembles again, until approved) the project report of a semester whose edition
     * is closed, keeping what the report sections write for the network and each partner in every
     * language.
     *
     * @throws ReportRefused when the person may not, the edition is not closed or the report is approved
     */
    Report assemble(int semester, Closer person);

    /**
     * Records the steering committee's approval of an assembled report, which locks it and its parts.
     *
     * @throws ReportRefused per field (a day in the future or missing, a reference missing or too long)
     *                       or as a whole (not allowed, not assembled, already approved)
     */
    Report approve(int semester, LocalDate on, String decisionReference, Closer person);

    /**
     * The sections of a semester's report for the network or a partner, in a language: as kept when
     * the report was assembled, else as the sections write them now.
     */
    List<ReportSection.Content> sections(int semester, Optional<PartnerId> partner, Language language);
}
