package eu.cybersudoe.toolbox.training;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.questionnaire.Answers;
import eu.cybersudoe.shared.questionnaire.Question;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.QuestionnaireFile;
import eu.cybersudoe.shared.questionnaire.Scoring;
import eu.cybersudoe.shared.reference.ReferenceDataException;
import eu.cybersudoe.shared.reference.ReferenceFile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The modules' short assessments: questionnaires in the shared format (one file per assessment under
 * {@code reference/toolbox/training}, texts in four languages), read at start-up; a wrong file stops
 * the start with its name and line. A score is the questionnaire's overall score out of 100, with
 * every question answered.
 */
@Component
public class TrainingAssessments {

    static final String LOCATION = "classpath*:reference/toolbox/training/*.yml";

    private final Map<String, Questionnaire> byCode;

    TrainingAssessments(Network network) {
        this.byCode = read(network.themes(true).stream().map(Theme::code).collect(Collectors.toSet()));
    }

    static Map<String, Questionnaire> read(java.util.Set<String> themes) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        } catch (IOException e) {
            throw new ReferenceDataException(LOCATION, 0, "cannot be listed: " + e.getMessage(), e);
        }
        Map<String, Questionnaire> read = new LinkedHashMap<>();
        for (Resource resource : Arrays.stream(resources).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
            Questionnaire questionnaire = QuestionnaireFile.read(
                    ReferenceFile.read("reference/toolbox/training/" + resource.getFilename(), resource), themes);
            read.put(questionnaire.code(), questionnaire);
        }
        return Map.copyOf(read);
    }

    public Optional<Questionnaire> of(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The assessments, by code. */
    public List<Questionnaire> all() {
        return byCode.values().stream().sorted(Comparator.comparing(Questionnaire::code)).toList();
    }

    /** The score out of 100 of complete answers; refuses answers that leave a question out or name no option of it. */
    public int score(Questionnaire questionnaire, Answers answers) {
        for (Question question : questionnaire.questions()) {
            if (!answers.has(question.code())
                    || question.options().stream().noneMatch(o -> o.code().equals(answers.get(question.code())))) {
                throw new TrainingRefused("training.refused.unanswered");
            }
        }
        Integer overall = Scoring.score(questionnaire, answers).overall();
        return overall == null ? 0 : overall;
    }
}
