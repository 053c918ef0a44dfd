package eu.cybersudoe.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips (or, with REQUIRE_PG=1, fails) PostgreSQL runs when the server cannot be reached. */
public class PostgresAvailable implements ExecutionCondition {

    private static volatile String problem;
    private static volatile boolean checked;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.isPostgres()) {
            return ConditionEvaluationResult.enabled("running on H2");
        }
        if (!checked) {
            problem = TestDatabase.postgresProblem();
            checked = true;
        }
        if (problem == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable");
        }
        if (TestDatabase.required("REQUIRE_PG")) {
            throw new IllegalStateException("REQUIRE_PG=1 but " + problem);
        }
        return ConditionEvaluationResult.disabled("Skipped: " + problem);
    }
}
