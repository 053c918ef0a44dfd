package eu.cybersudoe.diagnostics;

import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService.Opened;
import eu.cybersudoe.diagnostics.internal.Questionnaires;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two versions of a questionnaire side by side: new assessments take the latest, and one
 * started with the first keeps being scored with the first, before and after completion.
 */
@DatabaseTest
class VersionPinningTest {

    @DynamicPropertySource
    static void twoVersions(DynamicPropertyRegistry properties) {
        try {
            Path folder = Files.createTempDirectory("questionnaires");
            Files.writeString(folder.resolve("sample.v1.yml"), sample(1));
            Files.writeString(folder.resolve("sample.v2.yml"), sample(2));
            properties.add("cybersudoe.diagnostics.questionnaires", () -> folder.toUri() + "*.yml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Version 1 scores the answer "some" 40 out of 80; version 2 scores it 40 out of 40. */
    static String sample(int version) {
        String t = "{fr: Texte, es: Texto, pt: Texto, en: Text}";
        return """
                code: sample
                version: %d
                title: %s
                description: %s
                bands:
                  - {from: 0, code: low, name: %s, text: %s}
                  - {from: 75, code: high, name: %s, text: %s}
                dimensions:
                  - code: only
                    title: %s
                    questions:
                      - code: q
                        kind: single-choice
                        text: %s
                        options:
                          - {code: none, score: 0, label: %s}
                          - {code: some, score: 40, label: %s}
                          - {code: all, score: %d, label: %s}
                """.formatted(version, t, t, t, t, t, t, t, t, t, t, version == 1 ? 80 : 40, t);
    }

    @Autowired
    DiagnosticsService diagnostics;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssessmentKeepsTheVersionItWasStartedWith() {
        assertThat(questionnaires.current("sample").orElseThrow().version()).isEqualTo(2);
        var newer = diagnostics.start("sample", Language.EN, null);
        assertThat(newer.opened().assessment().version()).isEqualTo(2);

        // An assessment started before version 2 was published.
        var older = diagnostics.start("sample", Language.EN, null);
        jdbc.sql("update assessment set questionnaire_version = 1 where id = ?").param(older.opened().assessment().id()).update();

        for (var started : new DiagnosticsService.Started[]{newer, older}) {
            Opened opened = diagnostics.byToken(started.token()).orElseThrow();
            diagnostics.saveAnswers(opened, opened.questionnaire().dimensions().getFirst(), Map.of("q", "some"));
        }
        Opened completedOld = diagnostics.complete(diagnostics.byToken(older.token()).orElseThrow());
        Opened completedNew = diagnostics.complete(diagnostics.byToken(newer.token()).orElseThrow());

        assertThat(completedOld.questionnaire().version()).isEqualTo(1);
        assertThat(completedOld.result().overall()).isEqualTo(50);
        assertThat(completedOld.assessment().overallScore()).isEqualTo(50);
        assertThat(completedOld.assessment().band()).isEqualTo("low");
        assertThat(completedNew.result().overall()).isEqualTo(100);
        assertThat(completedNew.assessment().band()).isEqualTo("high");
        // Read again later, the old one is still scored with version 1.
        assertThat(diagnostics.byToken(older.token()).orElseThrow().result().overall()).isEqualTo(50);
    }
}
