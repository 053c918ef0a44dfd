package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.questionnaire.Question;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.reference.ReferenceFile;
import eu.cybersudoe.shared.reference.ReferenceNode;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every questionnaire shipped under reference/diagnostics loads, and is complete in the four languages. */
class ShippedQuestionnairesTest {

    static Set<String> themes() {
        ReferenceFile file = ReferenceFile.read("reference/network/themes.yml", new ClassPathResource("reference/network/themes.yml"));
        return file.root().list("themes").stream().map(t -> t.text("code")).collect(Collectors.toSet());
    }

    static Questionnaires shipped() {
        return new Questionnaires(Questionnaires.read(Questionnaires.DEFAULT_LOCATION, themes()));
    }

    @Test
    void theDigitalMaturityQuestionnaireAndOneForEachThemeAreOffered() {
        assertThat(shipped().current()).extracting(Questionnaire::code).containsExactly("digital-maturity", "security",
                "business-management", "e-hr", "competitive-intelligence", "mobility", "building", "tourism", "commerce",
                "agri-food", "industry");
        assertThat(shipped().current()).extracting(Questionnaire::theme).filteredOn(java.util.Objects::nonNull)
                .containsExactlyInAnyOrderElementsOf(themes());
    }

    @Test
    void everyThemeQuestionnairesRecommendationsPointToItsThemeAndItsConferences() {
        for (Questionnaire questionnaire : shipped().current()) {
            if (questionnaire.theme() == null || questionnaire.code().equals("security")) {
                continue;
            }
            assertThat(questionnaire.recommendations()).as(questionnaire.code()).allSatisfy(r -> {
                assertThat(r.themes()).contains(questionnaire.theme());
                assertThat(r.links()).extracting(Questionnaire.Link::href).contains("/conferences?theme=" + questionnaire.theme());
            });
        }
    }

    @Test
    void digitalMaturityFollowsTheSixDimensionsOfTheEuropeanAssessmentAndSaysItsQuestionsAreItsOwn() {
        Questionnaire maturity = shipped().current("digital-maturity").orElseThrow();
        assertThat(maturity.dimensions()).extracting(Questionnaire.Dimension::code)
                .containsExactly("strategy", "readiness", "people", "data", "automation", "green");
        assertThat(maturity.description().in(Language.EN).text()).contains("not those of the official assessment");
        assertThat(maturity.description().in(Language.FR).text()).contains("ne sont").contains("officielle");
    }

    @Test
    void securityBelongsToItsTheme() {
        assertThat(shipped().current("security").orElseThrow().theme()).isEqualTo("security");
    }

    @Test
    void eachHasAtLeastFifteenQuestionsThreeDimensionsAndEveryKindIsUsedSomewhere() {
        Set<Question.Kind> kinds = new java.util.HashSet<>();
        for (Questionnaire questionnaire : shipped().current()) {
            assertThat(questionnaire.questions()).as(questionnaire.code()).hasSizeGreaterThanOrEqualTo(15);
            assertThat(questionnaire.dimensions()).as(questionnaire.code()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(questionnaire.recommendations()).as(questionnaire.code()).hasSizeGreaterThanOrEqualTo(6);
            questionnaire.questions().forEach(q -> kinds.add(q.kind()));
        }
        assertThat(kinds).containsExactlyInAnyOrder(Question.Kind.values());
    }

    @Test
    void everyTextIsWrittenInEachLanguageAndTheLanguagesDiffer() {
        for (Questionnaire questionnaire : shipped().current()) {
            for (LocalizedText text : texts(questionnaire)) {
                for (Language language : Language.values()) {
                    assertThat(text.has(language)).as(questionnaire.code() + " " + text).isTrue();
                }
            }
            // Translated, not copied: the questions read differently in French and Portuguese.
            long copied = questionnaire.questions().stream()
                    .filter(q -> q.text().in(Language.FR).text().equals(q.text().in(Language.PT).text())).count();
            assertThat(copied).as(questionnaire.code()).isZero();
        }
    }

    @Test
    void everyDimensionOfTheCurrentVersionsSaysWhatItsOwnLevelMeans() {
        for (Questionnaire questionnaire : shipped().current()) {
            Set<String> texts = new java.util.HashSet<>();
            for (Questionnaire.Dimension dimension : questionnaire.dimensions()) {
                assertThat(dimension.bands()).as(questionnaire.code() + " " + dimension.code()).hasSizeGreaterThanOrEqualTo(3);
                for (Questionnaire.Band band : dimension.bands()) {
                    assertThat(texts.add(band.text().in(Language.EN).text()))
                            .as("%s %s %s is written for that dimension alone", questionnaire.code(), dimension.code(), band.code())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void theFirstVersionsStayReadableForTheAssessmentsTakenWithThem() {
        for (Questionnaire questionnaire : shipped().current()) {
            assertThat(questionnaire.version()).as(questionnaire.code()).isEqualTo(2);
            Questionnaire first = shipped().version(questionnaire.code(), 1).orElseThrow();
            assertThat(first.dimensions()).extracting(Questionnaire.Dimension::code)
                    .containsExactlyElementsOf(questionnaire.dimensions().stream().map(Questionnaire.Dimension::code).toList());
            assertThat(first.questions()).hasSameSizeAs(questionnaire.questions());
        }
    }

    @Test
    void theReadmeOfTheFormatIsNotTakenForAQuestionnaire() {
        ReferenceNode root = ReferenceFile.read("digital-maturity.v2.yml",
                new ClassPathResource("reference/diagnostics/digital-maturity.v2.yml")).root();
        assertThat(root.integer("version")).isEqualTo(shipped().current("digital-maturity").orElseThrow().version());
    }

    private static List<LocalizedText> texts(Questionnaire questionnaire) {
        List<LocalizedText> texts = new ArrayList<>(List.of(questionnaire.title(), questionnaire.description()));
        questionnaire.bands().forEach(b -> texts.addAll(List.of(b.name(), b.text())));
        for (Questionnaire.Dimension dimension : questionnaire.dimensions()) {
            texts.add(dimension.title());
            dimension.bands().forEach(b -> texts.addAll(List.of(b.name(), b.text())));
            for (Question question : dimension.questions()) {
                texts.add(question.text());
                if (question.help() != null) {
                    texts.add(question.help());
                }
                question.options().stream().filter(o -> o.label() != null).forEach(o -> texts.add(o.label()));
            }
        }
        for (Questionnaire.Recommendation r : questionnaire.recommendations()) {
            texts.addAll(List.of(r.title(), r.why(), r.how()));
            r.links().forEach(l -> texts.add(l.label()));
        }
        return texts;
    }
}
