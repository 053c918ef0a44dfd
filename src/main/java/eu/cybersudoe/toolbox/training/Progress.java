package eu.cybersudoe.toolbox.training;

import java.util.Optional;
import java.util.Set;

/**
 * Where a person stands in a programme: the modules attended, the assessments passed, and the
 * certificate once every module is both.
 */
public record Progress(Programme programme, long accountId, boolean enrolled, Set<Long> attended, Set<Long> passed,
                       Optional<Certificate> certificate) {

    public Progress {
        attended = Set.copyOf(attended);
        passed = Set.copyOf(passed);
    }

    public boolean attended(long moduleId) {
        return attended.contains(moduleId);
    }

    public boolean passed(long moduleId) {
        return passed.contains(moduleId);
    }

    /** Whether every module is attended and its assessment passed (a programme without modules is never complete). */
    public boolean complete() {
        return !programme.modules().isEmpty()
                && programme.modules().stream().allMatch(m -> attended(m.id()) && passed(m.id()));
    }

    /** Refuses a certificate while a module is not attended or not passed. */
    public void checkCertifiable() {
        if (!complete()) {
            throw new TrainingRefused("training.refused.incomplete");
        }
    }
}
