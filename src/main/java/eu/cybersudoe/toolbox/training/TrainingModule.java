package eu.cybersudoe.toolbox.training;

import eu.cybersudoe.shared.LocalizedText;

import java.util.List;

/**
 * A module of a programme.
 *
 * @param assessment the code of its assessment (a questionnaire file under {@code reference/toolbox/training})
 * @param passMark   the score out of 100 the assessment must reach
 * @param items      the toolbox items it teaches with
 */
public record TrainingModule(long id, long programmeId, int position, LocalizedText title, String assessment, int passMark,
                             List<Long> items) {

    public TrainingModule {
        items = List.copyOf(items);
    }

    /** Whether a score passes the assessment. */
    public boolean passes(int score) {
        return score >= passMark;
    }
}
