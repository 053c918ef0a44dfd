package eu.cybersudoe.shared.reference;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** When a reference-data file stops start-up, says which file and line to correct, without a stack trace to dig through. */
class ReferenceDataFailureAnalyzer extends AbstractFailureAnalyzer<ReferenceDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ReferenceDataException cause) {
        String where = cause.line() > 0 ? "line " + cause.line() + " of " + cause.file() : cause.file();
        return new FailureAnalysis("A reference-data file is not valid: " + cause.getMessage(),
                "Correct " + where + ", then start the application again.", cause);
    }
}
