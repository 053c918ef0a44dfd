package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.internal.SelfEvaluations;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.questionnaire.Question;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The partners' self-evaluations of a semester as its edition page shows them: score, level and each answer's label. */
@Component
class SelfEvaluationResults {

    private final SelfEvaluations selfEvaluations;
    private final ObjectProvider<Network> network;
    private final MessageSource messages;

    SelfEvaluationResults(SelfEvaluations selfEvaluations, ObjectProvider<Network> network, MessageSource messages) {
        this.selfEvaluations = selfEvaluations;
        this.network = network;
        this.messages = messages;
    }

    SelfEvaluationView.Results of(int semester, Language language) {
        Questionnaire questionnaire = selfEvaluations.questionnaire();
        List<String> questions = questionnaire.questions().stream().map(q -> q.text().in(language).text()).toList();
        List<SelfEvaluationView.Line> lines = new ArrayList<>();
        for (SelfEvaluations.SelfEvaluation evaluation : selfEvaluations.ofSemester(semester)) {
            List<String> answers = questionnaire.questions().stream().map(q -> label(q, evaluation.answers().get(q.code()), language))
                    .toList();
            String band = evaluation.score() == null ? "" : Questionnaire.bandOf(questionnaire.bands(), evaluation.score()).name()
                    .in(language).text();
            lines.add(new SelfEvaluationView.Line(network.getObject().partner(evaluation.partner()).map(p -> p.shortName())
                    .orElse(evaluation.partner().value()), evaluation.score(), band, answers, evaluation.answeredByName(),
                    evaluation.answeredAt()));
        }
        return new SelfEvaluationView.Results(semester, lines, questions);
    }

    private String label(Question question, String answer, Language language) {
        if (answer == null || answer.isBlank()) {
            return "";
        }
        return switch (question.kind()) {
            case SCALE -> messages.getMessage("questionnaire.scale." + answer, null, answer, language.locale());
            case YES_PARTLY_NO -> messages.getMessage("questionnaire.answer." + answer, null, answer, language.locale());
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.option(answer).map(o -> o.label().in(language).text()).orElse(answer);
            default -> answer;
        };
    }
}
