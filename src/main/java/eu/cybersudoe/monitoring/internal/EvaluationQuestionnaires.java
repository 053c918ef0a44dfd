package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.QuestionnaireFile;
import eu.cybersudoe.shared.reference.ReferenceFile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The questionnaires of the evaluation, in the platform's questionnaire format: the beneficiaries'
 * satisfaction survey and the partners' semester self-evaluation. Read and checked at start.
 */
@Component
public class EvaluationQuestionnaires {

    static final String SURVEY = "reference/monitoring/satisfaction-survey.v1.yml";
    static final String SELF_EVALUATION = "reference/monitoring/self-evaluation.v1.yml";

    private final Questionnaire survey;
    private final Questionnaire selfEvaluation;

    EvaluationQuestionnaires() {
        this.survey = read(SURVEY);
        this.selfEvaluation = read(SELF_EVALUATION);
    }

    public Questionnaire survey() {
        return survey;
    }

    public Questionnaire selfEvaluation() {
        return selfEvaluation;
    }

    private static Questionnaire read(String path) {
        return QuestionnaireFile.read(ReferenceFile.read(path, new ClassPathResource(path)), Set.of());
    }
}
