package eu.cybersudoe.toolbox.training.web;

import eu.cybersudoe.toolbox.training.Enrolment;
import eu.cybersudoe.toolbox.training.TrainingSession;

import java.util.List;

/**
 * A session as a page shows it.
 *
 * @param when      its dates and times in its time zone, in the reader's language
 * @param modules   the titles of the modules it teaches
 * @param shown     the enrolments the reader may see (their own partner's; all for admins and the trainer)
 * @param mine      whether the reader is enrolled
 * @param open      whether enrolments are still taken (not started, seats left)
 */
public record SessionRow(TrainingSession session, String when, List<String> modules, List<Enrolment> shown, boolean mine,
                         boolean open) {
}
