package eu.cybersudoe.diagnostics.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** Figures about assessments for partner staff. */
@Service
public class DiagnosticsOffice {

    private final AssessmentTable table;

    DiagnosticsOffice(AssessmentTable table) {
        this.table = table;
    }

    /**
     * Completed assessments per questionnaire code.
     *
     * @param partnerId the partner answering for the companies' regions, or null for the whole network
     */
    @Transactional(readOnly = true)
    public Map<String, Long> completedByQuestionnaire(String partnerId) {
        return table.completedByQuestionnaire(partnerId);
    }
}
