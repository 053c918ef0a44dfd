package eu.cybersudoe.shared.questionnaire;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {

    final Questionnaire sample = TestQuestionnaires.read(TestQuestionnaires.sample(1));

    private Scoring.Result score(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return Scoring.score(sample, new Answers(values));
    }

    @Test
    void aQuestionScoresItsOptionOverTheBestOption() {
        // q3 "some" is 40 over a best of 80: 50 for dimension a.
        assertThat(score("q3", "some").byCode().get("a").score()).isEqualTo(50);
    }

    @Test
    void dimensionsAreWeightedMeansAndTheOverallScoreWeighsDimensions() {
        // a: q1 yes (100), q2 shown and 5 (100), q3 none (0) -> 67; b: q4 y (70), q5 25 -> 100 -> 85.
        Scoring.Result result = score("q1", "yes", "q2", "5", "q3", "none", "q4", "y", "q5", "25");
        assertThat(result.byCode().get("a").score()).isEqualTo(67);
        assertThat(result.byCode().get("b").score()).isEqualTo(85);
        // From the dimension scores as shown: (3 × 67 + 1 × 85) / 4 = 71.5
        assertThat(result.overall()).isEqualTo(72);
    }

    @Test
    void multipleChoicesAddTheirOptionsAndNumbersScoreByStep() {
        assertThat(score("q4", "x,y").byCode().get("b").score()).isEqualTo(100);
        assertThat(score("q4", "x").byCode().get("b").score()).isEqualTo(30);
        assertThat(score("q5", "12").byCode().get("b").score()).isEqualTo(50);
        assertThat(score("q5", "9.99").byCode().get("b").score()).isZero();
    }

    @Test
    void dontKnowNotApplicableAndTextsAreLeftOut() {
        Scoring.Result result = score("q1", "dont-know", "q3", "not-applicable", "q4", "y", "q6", "Some words");
        assertThat(result.byCode().get("a").score()).isNull();
        assertThat(result.byCode().get("a").counted()).isZero();
        assertThat(result.byCode().get("b").score()).isEqualTo(70);
        assertThat(result.byCode().get("b").counted()).isEqualTo(1);
        // Only b counts when a has no score.
        assertThat(result.overall()).isEqualTo(70);
    }

    @Test
    void hiddenQuestionsAreLeftOutEvenWhenAnAnswerWasSavedBefore() {
        // q2 was answered 0 while q1 was "yes", then q1 changed to "partly": q2 is hidden and does not count.
        Scoring.Result result = score("q1", "partly", "q2", "0");
        assertThat(result.byCode().get("a").score()).isEqualTo(50);
        assertThat(result.recommendations()).extracting(Questionnaire.Recommendation::code).doesNotContain("hidden-q2");
        assertThat(Scoring.visible(sample, sample.question("q2").orElseThrow(), new Answers(Map.of("q1", "partly")))).isFalse();
        assertThat(Scoring.visible(sample, sample.question("q2").orElseThrow(), new Answers(Map.of("q1", "yes")))).isTrue();
    }

    @Test
    void bandsComeFromTheQuestionnaireOrTheDimensionsOwn() {
        Scoring.Result result = score("q1", "yes", "q2", "5", "q4", "y");
        assertThat(result.band().code()).isEqualTo("high");
        assertThat(result.byCode().get("a").band().code()).isEqualTo("high");
        // b has its own levels: 70 is below its 80.
        assertThat(result.byCode().get("b").band().code()).isEqualTo("b-low");
        assertThat(score("q1", "no").band().code()).isEqualTo("low");
    }

    @Test
    void nothingAnsweredGivesNoScoreRatherThanZero() {
        Scoring.Result result = score();
        assertThat(result.overall()).isNull();
        assertThat(result.band()).isNull();
    }

    @Test
    void recommendationsFollowAnswersAndDimensionScoresHighestPriorityFirst() {
        Scoring.Result result = score("q1", "no", "q4", "x");
        assertThat(result.recommendations()).extracting(Questionnaire.Recommendation::code).containsExactly("answer-q1", "low-b");
        assertThat(score("q1", "yes", "q2", "1", "q4", "y", "q5", "30").recommendations())
                .extracting(Questionnaire.Recommendation::code).containsExactly("hidden-q2");
    }
}
