package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.TestQuestionnaires;
import eu.cybersudoe.shared.reference.ReferenceDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static eu.cybersudoe.shared.questionnaire.TestQuestionnaires.lineOf;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The diagnostics' questionnaires load whole or not at all: one broken file, or one version twice, stops the start. */
class QuestionnairesLoadTest {

    static final String SAMPLE = TestQuestionnaires.sample(1);

    @Test
    void oneBrokenFileAmongGoodOnesStopsTheWholeLoad(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a-good.v1.yml"), SAMPLE);
        String broken = SAMPLE.replace("code: sample", "code: other").replace("kind: scale", "kind: slider");
        Files.writeString(folder.resolve("b-broken.v1.yml"), broken);
        assertThatThrownBy(() -> Questionnaires.read(folder.toUri() + "*.yml", TestQuestionnaires.THEMES))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("reference/diagnostics/b-broken.v1.yml, line " + lineOf(broken, "kind: slider") + ":");
    }

    @Test
    void twoFilesWithTheSameVersionStopTheLoadAndNothingIsKept() {
        Questionnaire one = TestQuestionnaires.read(SAMPLE);
        assertThatThrownBy(() -> new Questionnaires(List.of(one, one)))
                .isInstanceOf(ReferenceDataException.class).hasMessageContaining("version 1 of 'sample' is also in");
    }
}
