package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.BeneficiarySample;
import eu.cybersudoe.monitoring.BeneficiarySample.Beneficiary;
import eu.cybersudoe.monitoring.EvaluationDocuments;
import eu.cybersudoe.monitoring.EvaluationRefused;
import eu.cybersudoe.monitoring.MonitoringTestConfiguration;
import eu.cybersudoe.monitoring.TestNetwork;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The evaluation (MON-3) through test implementations of its extension points: the document room lists
 * every collection's documents and logs each opening; samples are drawn among the companies every source
 * returns, reproducibly from their seed; the survey's links answer once, unknown links are refused, and
 * the results stay hidden below five answers and never say who answered what; self-evaluations appear
 * per partner; the rules' adoption is recorded once per version (H2, then PostgreSQL).
 */
@ApplicationModuleTest
@Import({MonitoringTestConfiguration.class, EvaluationTest.Sources.class})
@Tag("database")
@ExtendWith(PostgresAvailable.class)
@Transactional
class EvaluationTest {

    @Autowired
    DocumentRoom room;
    @Autowired
    Samples samples;
    @Autowired
    SurveyMails mails;
    @Autowired
    SurveyAnswers answers;
    @Autowired
    SelfEvaluations selfEvaluations;
    @Autowired
    RulesAdoptions adoptions;
    @Autowired
    Sources.Sent sent;
    @Autowired
    JdbcClient jdbc;

    /** Rows other tests committed in a shared database are set aside for this test's transaction. */
    @BeforeEach
    void nothingYet() {
        for (String table : List.of("monitoring_document_access", "monitoring_survey_answer", "monitoring_sample_member",
                "monitoring_sample", "monitoring_self_evaluation_answer", "monitoring_self_evaluation", "monitoring_rules_adoption")) {
            jdbc.sql("delete from " + table).update();
        }
        sent.mails.clear();
    }

    @Test
    void theRoomListsEveryCollectionAndLogsWhoOpenedWhat() {
        assertThat(room.documents()).extracting(l -> l.collection() + "/" + l.document().key())
                .contains("minutes-of-tests/minutes-7", "minutes-of-tests/minutes-8");

        var file = room.open("minutes-of-tests", "minutes-7", DocumentRoom.Action.DOWNLOAD, 31, "Eva Evaluator", Language.EN);

        assertThat(file).map(f -> new String(f.content(), StandardCharsets.UTF_8)).contains("Minutes 7");
        assertThat(room.open("minutes-of-tests", "minutes-99", DocumentRoom.Action.VIEW, 31, "Eva Evaluator", Language.EN)).isEmpty();
        assertThat(room.open("elsewhere", "minutes-7", DocumentRoom.Action.VIEW, 31, "Eva Evaluator", Language.EN)).isEmpty();
        room.open("minutes-of-tests", "minutes-8", DocumentRoom.Action.VIEW, 32, "Paul Officer", Language.FR);

        List<DocumentRoom.Access> log = room.log(10);
        assertThat(log).extracting(DocumentRoom.Access::accountName, DocumentRoom.Access::key, DocumentRoom.Access::action)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Eva Evaluator", "minutes-7", DocumentRoom.Action.DOWNLOAD),
                        org.assertj.core.groups.Tuple.tuple("Paul Officer", "minutes-8", DocumentRoom.Action.VIEW));
        assertThat(log).filteredOn(a -> a.accountId() == 32).extracting(DocumentRoom.Access::title).containsExactly("Compte rendu 8");
        assertThat(log).allSatisfy(a -> assertThat(a.at()).isNotNull());
    }

    @Test
    void aSampleIsDrawnAmongEveryCompanyOnceAndTheSeedReproducesIt() {
        List<Samples.Candidate> population = samples.candidates();
        assertThat(population).as("company 3 is returned by both sources, counted once").hasSize(12)
                .extracting(c -> c.beneficiary().companyId()).doesNotHaveDuplicates();
        assertThatThrownBy(() -> samples.draw(Samples.Evaluation.MID_TERM, 13, 31, "Eva Evaluator"))
                .isInstanceOf(EvaluationRefused.class).extracting("messageKey").isEqualTo("evaluation.sample.refused.size");
        assertThatThrownBy(() -> samples.draw(Samples.Evaluation.MID_TERM, 0, 31, "Eva Evaluator"))
                .isInstanceOf(EvaluationRefused.class);

        Samples.Sample sample = samples.draw(Samples.Evaluation.MID_TERM, 5, 31, "Eva Evaluator");

        assertThat(sample.population()).isEqualTo(12);
        List<String> drawn = samples.members(sample.id()).stream().map(Samples.Member::companyName).toList();
        assertThat(drawn).hasSize(5).doesNotHaveDuplicates();
        List<Samples.Candidate> shuffled = new ArrayList<>(population);
        java.util.Collections.reverse(shuffled);
        assertThat(Samples.pick(shuffled, 5, sample.seed())).extracting(c -> c.beneficiary().companyName())
                .as("the same population and seed give the same sample, whatever order the sources answer in")
                .containsExactlyElementsOf(drawn);
        assertThat(Samples.pick(population, 5, sample.seed() + 1)).extracting(c -> c.beneficiary().companyName())
                .isNotEqualTo(drawn);
    }

    @Test
    void eachSampledContactGetsAPersonalLinkInTheirLanguageThatAnswersOnce() {
        Samples.Sample sample = samples.draw(Samples.Evaluation.FINAL, 12, 31, "Eva Evaluator");
        samples.sendSurvey(sample.id());
        mails.send(sample.id());

        assertThat(sent.mails).hasSize(12);
        OutgoingMail spanish = sent.mails.stream().filter(m -> m.to().equals("c4@example.org")).findFirst().orElseThrow();
        assertThat(spanish.language()).isEqualTo(Language.ES);
        assertThat(spanish.subject()).contains("su opinión");
        assertThat(samples.members(sample.id())).allMatch(Samples.Member::mailed);
        String token = token(spanish);
        assertThat(jdbc.sql("select count(*) from monitoring_sample_member where token_hash = ?").param(token).query(Integer.class)
                .single()).as("only the hash is kept").isZero();
        assertThat(answers.state(token)).isEqualTo(SurveyAnswers.LinkState.OPEN);

        answers.answer(token, Map.of("overall", "4", "changed", "yes"));

        assertThat(answers.state(token)).isEqualTo(SurveyAnswers.LinkState.ANSWERED);
        assertThatThrownBy(() -> answers.answer(token, Map.of("overall", "1")))
                .extracting("messageKey").isEqualTo("evaluation.survey.refused.answered");
        assertThatThrownBy(() -> answers.answer("A".repeat(43), Map.of("overall", "1")))
                .extracting("messageKey").isEqualTo("evaluation.survey.refused.unknown");
        assertThatThrownBy(() -> answers.answer("not a token", Map.of()))
                .extracting("messageKey").isEqualTo("evaluation.survey.refused.unknown");
        String other = token(sent.mails.stream().filter(m -> !m.to().equals("c4@example.org")).findFirst().orElseThrow());
        assertThatThrownBy(() -> answers.answer(other, Map.of("overall", "9")))
                .extracting("messageKey").isEqualTo("evaluation.survey.refused.answer");
        assertThat(answers.state(other)).as("a refused answer leaves the link open").isEqualTo(SurveyAnswers.LinkState.OPEN);

        mails.send(sample.id());
        assertThat(sent.mails).as("nobody is mailed twice").hasSize(12);
    }

    @Test
    void resultsAreCountsAndAveragesShownFromFiveAnswersWithoutWhoAnswered() {
        Samples.Sample sample = samples.draw(Samples.Evaluation.FINAL, 12, 31, "Eva Evaluator");
        mails.send(sample.id());
        List<String> tokens = sent.mails.stream().map(EvaluationTest::token).toList();
        IntStream.range(0, 4).forEach(i -> answers.answer(tokens.get(i), Map.of("overall", String.valueOf(i + 2), "recommend", "yes")));

        SurveyAnswers.Results four = answers.results(sample.id());
        assertThat(four.shown()).isFalse();
        assertThat(four.answered()).isEqualTo(4);
        assertThat(four.questions()).isEmpty();

        answers.answer(tokens.get(4), Map.of("overall", "5", "recommend", "partly"));

        SurveyAnswers.Results five = answers.results(sample.id());
        assertThat(five.shown()).isTrue();
        assertThat(five.mailed()).isEqualTo(12);
        SurveyAnswers.QuestionResult overall = five.questions().stream().filter(q -> q.question().code().equals("overall"))
                .findFirst().orElseThrow();
        assertThat(overall.answered()).isEqualTo(5);
        assertThat(overall.average()).isEqualTo((2 + 3 + 4 + 5 + 5) / 5.0);
        assertThat(overall.counts()).containsEntry("5", 2).containsEntry("0", 0);
        assertThat(five.questions().stream().filter(q -> q.question().code().equals("recommend")).findFirst().orElseThrow().counts())
                .containsEntry("yes", 4).containsEntry("partly", 1).containsEntry("no", 0);
        List<String> columns = jdbc.sql("select * from monitoring_survey_answer").query((rs, n) -> {
            List<String> names = new ArrayList<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                names.add(rs.getMetaData().getColumnLabel(c).toLowerCase());
            }
            return names;
        }).list().getFirst();
        assertThat(columns).as("an answer names no person and no time").containsExactlyInAnyOrder("id", "sample_id", "question_code", "answer");
    }

    @Test
    void aPartnersSelfEvaluationIsKeptPerSemesterAndAnsweringAgainReplacesIt() {
        assertThatThrownBy(() -> selfEvaluations.answer(TestNetwork.CIEBI, 1, Map.of("planned", "7"), 21, "Marc Manager"))
                .extracting("messageKey").isEqualTo("evaluation.self.refused.answer");
        assertThatThrownBy(() -> selfEvaluations.answer(TestNetwork.CIEBI, 4, Map.of("planned", "3"), 21, "Marc Manager"))
                .extracting("messageKey").isEqualTo("evaluation.self.refused.semester");
        assertThatThrownBy(() -> selfEvaluations.answer(TestNetwork.CIEBI, 1, Map.of("planned", " "), 21, "Marc Manager"))
                .extracting("messageKey").isEqualTo("evaluation.self.refused.empty");

        selfEvaluations.answer(TestNetwork.CIEBI, 1, Map.of("planned", "5", "indicators", "no"), 21, "Marc Manager");
        selfEvaluations.answer(TestNetwork.CIEBI, 1, Map.of("planned", "5", "indicators", "yes", "deviations", "None"), 22, "Ana Admin");
        selfEvaluations.answer(TestNetwork.CYBERMASSIF, 1, Map.of("planned", "0", "cooperation", "partly"), 23, "Rui");

        List<SelfEvaluations.SelfEvaluation> semester = selfEvaluations.ofSemester(1);
        assertThat(semester).extracting(s -> s.partner().value()).containsExactly("ciebi", "cybermassif");
        SelfEvaluations.SelfEvaluation ciebi = semester.getFirst();
        assertThat(ciebi.answeredByName()).isEqualTo("Ana Admin");
        assertThat(ciebi.answers().values()).containsEntry("indicators", "yes").containsEntry("deviations", "None");
        assertThat(ciebi.score()).isEqualTo(100);
        assertThat(semester.get(1).score()).isEqualTo(25);
        assertThat(selfEvaluations.ofSemester(2)).isEmpty();
    }

    @Test
    void theAdoptionOfTheRulesIsRecordedOncePerVersionWithItsDate() {
        assertThat(adoptions.latest()).isEmpty();
        adoptions.record("1.0", LocalDate.of(2008, 9, 15), 22, "Ana Admin");
        adoptions.record(" 1.1 ", LocalDate.of(2009, 2, 2), 22, "Ana Admin");

        assertThat(adoptions.latest()).map(RulesAdoptions.Adoption::version).contains("1.1");
        assertThat(adoptions.latest()).map(RulesAdoptions.Adoption::adoptedOn).contains(LocalDate.of(2009, 2, 2));
        assertThatThrownBy(() -> adoptions.record("1.0", LocalDate.of(2009, 1, 1), 22, "Ana Admin"))
                .extracting("messageKey").isEqualTo("evaluation.adoption.refused.recorded");
        assertThatThrownBy(() -> adoptions.record("2.0", MonitoringTestConfiguration.TODAY.plusDays(1), 22, "Ana Admin"))
                .extracting("messageKey").isEqualTo("evaluation.adoption.refused.date");
        assertThatThrownBy(() -> adoptions.record("<b>", LocalDate.of(2009, 1, 1), 22, "Ana Admin"))
                .extracting("messageKey").isEqualTo("evaluation.adoption.refused.version");
        assertThat(adoptions.all()).hasSize(2);
    }

    private static String token(OutgoingMail mail) {
        Matcher link = Pattern.compile("/evaluation/survey/([A-Za-z0-9_-]{43})").matcher(mail.text());
        assertThat(link.find()).as("a personal link in " + mail.text()).isTrue();
        return link.group(1);
    }

    /** A collection of two minutes, two sources of beneficiaries sharing company 3, and a mailer that keeps what it is given. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Sources {

        static class Sent implements Mailer {
            final List<OutgoingMail> mails = new CopyOnWriteArrayList<>();

            @Override
            public void send(OutgoingMail mail) {
                mails.add(mail);
            }
        }

        @Bean
        @Primary
        Sent sentMails() {
            return new Sent();
        }

        @Bean
        EvaluationDocuments minutesOfTests() {
            return new EvaluationDocuments() {
                @Override
                public String collection() {
                    return "minutes-of-tests";
                }

                @Override
                public List<Document> documents() {
                    return List.of(minutes(7), minutes(8));
                }

                @Override
                public Optional<DocumentFile> open(String key, Language language) {
                    return documents().stream().filter(d -> d.key().equals(key)).findFirst().map(d -> new DocumentFile(key + ".pdf",
                            "application/pdf", d.title().in(Language.EN).text().getBytes(StandardCharsets.UTF_8)));
                }

                private Document minutes(int number) {
                    return new Document("minutes-" + number, new LocalizedText(Map.of(Language.EN, "Minutes " + number,
                            Language.FR, "Compte rendu " + number), Language.EN), LocalizedText.of(Language.EN, "Minutes"),
                            LocalDate.of(2009, 1, number));
                }
            };
        }

        @Bean
        BeneficiarySample attended() {
            return source("Attended", 1, 8);
        }

        @Bean
        BeneficiarySample accompanied() {
            return source("Accompanied", 3, 12);
        }

        private static BeneficiarySample source(String origin, int from, int to) {
            return new BeneficiarySample() {
                @Override
                public LocalizedText origin() {
                    return LocalizedText.of(Language.EN, origin);
                }

                @Override
                public List<Beneficiary> beneficiaries(LocalDate until) {
                    return IntStream.rangeClosed(from, to).mapToObj(i -> new Beneficiary(i, "Company " + i, "c" + i + "@example.org",
                            i % 4 == 0 ? Language.ES : Language.FR)).toList();
                }
            };
        }
    }
}
