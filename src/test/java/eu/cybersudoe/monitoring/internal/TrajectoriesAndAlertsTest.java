package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.accounts.StaffMember;
import eu.cybersudoe.monitoring.Alert;
import eu.cybersudoe.monitoring.AlertRefused;
import eu.cybersudoe.monitoring.AlertSeverity;
import eu.cybersudoe.monitoring.AlertSource;
import eu.cybersudoe.monitoring.Alerts;
import eu.cybersudoe.monitoring.Forecasts;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.monitoring.MonitoringTestConfiguration;
import eu.cybersudoe.monitoring.RaisedAlert;
import eu.cybersudoe.monitoring.TestNetwork;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import eu.cybersudoe.shared.security.Role;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Forecasts (default line and figures set by hand), the daily check of alerts through a test
 * {@link AlertSource} and the forecast comparison, the moves of an alert and the weekly digest
 * in each recipient's language (H2, then PostgreSQL). The clock reads 15 March 2009, in semester 2
 * of {@link TestNetwork} (July 2008 to December 2010); each partner measures 5 conferences held,
 * the network 45.
 */
@ApplicationModuleTest
@Import({MonitoringTestConfiguration.class, TrajectoriesAndAlertsTest.Around.class})
@Tag("database")
@ExtendWith(PostgresAvailable.class)
@Transactional
class TrajectoriesAndAlertsTest {

    static final LocalDate TODAY = MonitoringTestConfiguration.TODAY;
    static final IndicatorEntries.Person ADMIN = new IndicatorEntries.Person(7, "Ana Admin");
    static final IndicatorEntries.Person MANAGER = new IndicatorEntries.Person(9, "Olga Other");

    @Autowired
    Forecasts forecasts;

    @Autowired
    Alerts alerts;

    @Autowired
    AlertService checks;

    @Autowired
    AlertDigest digest;

    @Autowired
    Monitoring monitoring;

    @Autowired
    TestAlertSource source;

    @Autowired
    CapturedMails mails;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void nothingKeptYet() {
        jdbc.sql("delete from monitoring_alert_change").update();
        jdbc.sql("delete from monitoring_alert").update();
        jdbc.sql("delete from monitoring_alert_round").update();
        jdbc.sql("delete from monitoring_forecast").update();
        source.alerts.clear();
        source.failing = false;
        mails.sent.clear();
    }

    @Test
    void theDefaultForecastIsAStraightLineFromZeroAtTheStartToTheTargetAtTheEnd() {
        Indicator held = indicator("conferences-held");

        assertThat(forecasts.forecast(held, Optional.of(TestNetwork.CIEBI), 1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
        assertThat(forecasts.forecast(held, Optional.of(TestNetwork.CIEBI), 2)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8"));
        assertThat(forecasts.forecast(held, Optional.of(TestNetwork.CIEBI), 5)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
        assertThat(forecasts.forecast(held, Optional.empty(), 5)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("180"));
        // between the end of semester 1 (4) and that of semester 2 (8), 74 of its 181 days are gone on 15 March
        assertThat(forecasts.expectedOn(held, Optional.of(TestNetwork.CIEBI), TODAY))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5.6"));
    }

    @Test
    void aForecastSetByANetworkAdminReplacesTheLineAndABlankFieldGoesBackToIt() {
        Indicator held = indicator("conferences-held");

        assertThat(forecasts.edit(TestNetwork.CIEBI, Map.of("conferences-held--2", "10"), ADMIN)).isEmpty();

        assertThat(forecasts.forecast(held, Optional.of(TestNetwork.CIEBI), 2)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
        assertThat(forecasts.forecast(held, Optional.of(TestNetwork.CEEI_BURGOS), 2)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8"));
        Forecasts.Figure second = forecasts.plan(TestNetwork.CIEBI).stream().filter(l -> l.indicator().code().equals("conferences-held"))
                .findFirst().orElseThrow().semesters().get(1);
        assertThat(second.set()).isTrue();
        assertThat(second.byDefault()).isEqualByComparingTo("8");

        assertThat(forecasts.edit(TestNetwork.CIEBI, Map.of("conferences-held--2", " "), ADMIN)).isEmpty();
        assertThat(forecasts.forecast(held, Optional.of(TestNetwork.CIEBI), 2)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8"));
    }

    @Test
    void aRefusedFieldSaysWhyOnItselfAndNothingIsSaved() {
        Map<String, String> errors = forecasts.edit(TestNetwork.CIEBI, Map.of("conferences-held--1", "abc", "conferences-held--2", "-1",
                "conferences-held--3", "3", "conferences-held--4", "15,5"), ADMIN);

        assertThat(errors).containsEntry("conferences-held--1", "monitoring.forecast.refused.number")
                .containsEntry("conferences-held--2", "monitoring.forecast.refused.negative")
                .containsEntry("conferences-held--3", "monitoring.forecast.refused.decreasing")
                .doesNotContainKey("conferences-held--4");
        assertThat(forecasts.forecast(indicator("conferences-held"), Optional.of(TestNetwork.CIEBI), 4))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("16"));
    }

    @Test
    void aPartnerBehindItsForecastGetsAnAlertNamingItWithAPlainExplanation() {
        checks.check(TODAY);

        Alert alert = alerts.list(new Alerts.Filter(Optional.of(TestNetwork.CIEBI), Optional.empty(), Optional.empty())).stream()
                .filter(a -> a.subject().equals("conferences-held@ciebi")).findFirst().orElseThrow();
        // 5 held where 5.6 were expected: under 90 %, a notice
        assertThat(alert.rule()).isEqualTo("forecast-behind");
        assertThat(alert.severity()).isEqualTo(AlertSeverity.NOTICE);
        assertThat(alert.partner()).contains(TestNetwork.CIEBI);
        assertThat(alert.explanation().in(Language.EN).text())
                .startsWith("CIEBI: 5 measured for “Awareness conferences held”; 5.6 expected by ").contains(", 8 by ");
        assertThat(alert.explanation().in(Language.FR).text()).startsWith("CIEBI : 5 mesuré pour « Réunions de sensibilisation tenues » ; 5,6 prévu au 15 mars 2009");

        // a cumulative forecast never goes down: the later semesters are raised with it
        assertThat(forecasts.edit(TestNetwork.CIEBI, Map.of("conferences-held--2", "20"), ADMIN))
                .containsExactly(Map.entry("conferences-held--3", "monitoring.forecast.refused.decreasing"));
        assertThat(forecasts.edit(TestNetwork.CIEBI, Map.of("conferences-held--2", "20", "conferences-held--3", "20",
                "conferences-held--4", "20"), ADMIN)).isEmpty();
        checks.check(TODAY.plusDays(1));
        Alert worse = alerts.alert(alert.id()).orElseThrow();
        // 4 + 16 × 75/181 = 10.6 expected: under half, critical; still the same alert
        assertThat(worse.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(worse.lastSeenOn()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void anAlertOfASourceIsRaisedOnceAndResolvedByTheCheckWhenItNoLongerHolds() {
        source.alerts.add(raised("late-thing", "thing-1", TestNetwork.CIEBI, AlertSeverity.WARNING));

        Alerts.Check first = checks.check(TODAY);
        Alerts.Check second = checks.check(TODAY.plusDays(1));

        assertThat(first.raised()).isGreaterThanOrEqualTo(1);
        assertThat(second.kept()).isGreaterThanOrEqualTo(1);
        assertThat(ofRule("late-thing")).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(Alert.State.OPEN);
            assertThat(a.raisedOn()).isEqualTo(TODAY);
            assertThat(a.lastSeenOn()).isEqualTo(TODAY.plusDays(1));
        });

        source.failing = true;
        assertThat(checks.check(TODAY.plusDays(2)).failed()).contains(TestAlertSource.class.getName());
        assertThat(ofRule("late-thing")).singleElement().extracting(Alert::state).isEqualTo(Alert.State.OPEN);

        source.failing = false;
        source.alerts.clear();
        assertThat(checks.check(TODAY.plusDays(3)).resolved()).isEqualTo(1);
        Alert gone = ofRule("late-thing").getFirst();
        assertThat(gone.state()).isEqualTo(Alert.State.RESOLVED);
        assertThat(alerts.history(gone.id())).extracting(Alerts.Change::state).containsExactly(Alert.State.OPEN, Alert.State.RESOLVED);
        assertThat(alerts.history(gone.id()).getLast().by()).isNull();
    }

    @Test
    void anAlertMovesFromOpenToAcknowledgedToResolvedWithWhoAndWhenAndRefusesOtherMoves() {
        source.alerts.add(raised("late-thing", "thing-2", TestNetwork.CIEBI, AlertSeverity.CRITICAL));
        checks.check(TODAY);
        long id = ofRule("late-thing").getFirst().id();

        assertThatThrownBy(() -> alerts.resolve(id, MANAGER, " ")).isInstanceOf(AlertRefused.class)
                .extracting("messageKey").isEqualTo("monitoring.alert.refused.commentNeeded");
        assertThat(alerts.acknowledge(id, MANAGER, null).state()).isEqualTo(Alert.State.ACKNOWLEDGED);
        assertThatThrownBy(() -> alerts.acknowledge(id, ADMIN, null)).isInstanceOf(AlertRefused.class)
                .extracting("messageKey").isEqualTo("monitoring.alert.refused.notOpen");
        assertThat(alerts.resolve(id, ADMIN, "The partner caught up").state()).isEqualTo(Alert.State.RESOLVED);
        assertThatThrownBy(() -> alerts.resolve(id, ADMIN, "again")).isInstanceOf(AlertRefused.class)
                .extracting("messageKey").isEqualTo("monitoring.alert.refused.resolved");

        assertThat(alerts.history(id)).extracting(Alerts.Change::state)
                .containsExactly(Alert.State.OPEN, Alert.State.ACKNOWLEDGED, Alert.State.RESOLVED);
        assertThat(alerts.history(id)).extracting(Alerts.Change::by).containsExactly(null, "Olga Other", "Ana Admin");
        assertThat(alerts.history(id).getLast().comment()).isEqualTo("The partner caught up");

        // still raised the next day: it stays resolved, no second alert
        checks.check(TODAY.plusDays(1));
        assertThat(ofRule("late-thing")).singleElement().extracting(Alert::state).isEqualTo(Alert.State.RESOLVED);
        // gone for a day, then raised again: a new alert
        source.alerts.clear();
        checks.check(TODAY.plusDays(2));
        source.alerts.add(raised("late-thing", "thing-2", TestNetwork.CIEBI, AlertSeverity.CRITICAL));
        checks.check(TODAY.plusDays(3));
        assertThat(ofRule("late-thing")).extracting(Alert::state).containsExactlyInAnyOrder(Alert.State.RESOLVED, Alert.State.OPEN);
    }

    @Test
    void alertsAreFilteredByPartnerStateAndSeverity() {
        source.alerts.add(raised("late-thing", "a", TestNetwork.CIEBI, AlertSeverity.WARNING));
        source.alerts.add(raised("late-thing", "b", TestNetwork.CEEI_BURGOS, AlertSeverity.CRITICAL));
        checks.check(TODAY);

        assertThat(alerts.list(new Alerts.Filter(Optional.of(TestNetwork.CEEI_BURGOS), Optional.empty(), Optional.empty())))
                .extracting(Alert::subject).contains("b").doesNotContain("a");
        assertThat(alerts.list(new Alerts.Filter(Optional.empty(), Optional.of(Alert.State.OPEN), Optional.of(AlertSeverity.WARNING))))
                .extracting(Alert::subject).contains("a").doesNotContain("b");
    }

    @Test
    void theDaysCheckAndTheWeeksDigestAreDoneOnce() {
        assertThat(checks.check(TODAY, true)).isPresent();
        assertThat(checks.check(TODAY, true)).isEmpty();

        // one manager per partner (advisors get none) and one programme officer
        LocalDate monday = LocalDate.of(2009, 3, 9);
        assertThat(digest.plan(monday)).isEqualTo(TestNetwork.PARTNERS.size() + 1);
        assertThat(digest.plan(monday)).isZero();
    }

    @Test
    void theDigestIsWrittenInTheRecipientsLanguageWithThePartnersAlertsOnly() {
        source.alerts.add(raised("late-thing", "a", TestNetwork.CIEBI, AlertSeverity.WARNING));
        source.alerts.add(raised("late-thing", "b", TestNetwork.CEEI_BURGOS, AlertSeverity.CRITICAL));
        checks.check(TODAY);

        assertThat(digest.send(new AccountDirectory.AccountCard(20, "Rui", "rui@example.org", Role.PARTNER_MANAGER, Language.PT),
                Optional.of(TestNetwork.CIEBI))).isTrue();
        assertThat(digest.send(new AccountDirectory.AccountCard(21, "Paul", "paul@example.org", Role.PROGRAMME_OFFICER, Language.FR),
                Optional.empty())).isTrue();

        OutgoingMail portuguese = mails.sent.get(0);
        assertThat(portuguese.to()).isEqualTo("rui@example.org");
        assertThat(portuguese.language()).isEqualTo(Language.PT);
        assertThat(portuguese.subject()).startsWith("CIEBI: ").contains("a acompanhar");
        assertThat(portuguese.text()).contains("Olá, Rui").contains("explained a in pt").doesNotContain("explained b")
                .contains("/pt/office/indicators/alerts?partner=ciebi");
        OutgoingMail french = mails.sent.get(1);
        assertThat(french.subject()).startsWith("Le réseau : ").contains("alertes à suivre");
        assertThat(french.text()).contains("Bonjour Paul").contains("explained a in fr").contains("explained b in fr")
                .contains("Critique");
    }

    private List<Alert> ofRule(String rule) {
        return alerts.list(Alerts.Filter.all()).stream().filter(a -> a.rule().equals(rule)).toList();
    }

    private Indicator indicator(String code) {
        return monitoring.indicator(code).orElseThrow();
    }

    private static RaisedAlert raised(String rule, String subject, PartnerId partner, AlertSeverity severity) {
        java.util.Map<Language, String> texts = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, "explained " + subject + " in " + language.code());
        }
        return new RaisedAlert(rule, subject, Optional.of(partner), severity, new LocalizedText(texts, Language.EN));
    }

    /** An alert source whose alerts the test sets, or which fails. */
    static class TestAlertSource implements AlertSource {
        final List<RaisedAlert> alerts = new CopyOnWriteArrayList<>();
        volatile boolean failing;

        @Override
        public List<RaisedAlert> alertsOn(LocalDate day) {
            if (failing) {
                throw new IllegalStateException("The source's database went away");
            }
            return List.copyOf(alerts);
        }
    }

    /** The mails sent, kept instead of written to the outbox. */
    static class CapturedMails implements Mailer {
        final List<OutgoingMail> sent = new ArrayList<>();

        @Override
        public void send(OutgoingMail mail) {
            sent.add(mail);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Around {

        @Bean
        TestAlertSource testAlertSource() {
            return new TestAlertSource();
        }

        @Bean
        @Primary
        CapturedMails capturedMails() {
            return new CapturedMails();
        }

        /** One manager and one advisor per partner. */
        @Bean
        StaffDirectory staffDirectory() {
            return partner -> List.of(new StaffMember(100, "Manager of " + partner, partner + "@example.org", Role.PARTNER_MANAGER),
                    new StaffMember(101, "Advisor of " + partner, "advisor." + partner + "@example.org", Role.ADVISOR));
        }

        @Bean
        AccountDirectory accountDirectory() {
            return new AccountDirectory() {
                @Override
                public Optional<AccountCard> account(long accountId) {
                    return Optional.empty();
                }

                @Override
                public List<AccountCard> holding(Role role) {
                    return role == Role.PROGRAMME_OFFICER
                            ? List.of(new AccountCard(30, "Paul Officer", "paul@example.org", Role.PROGRAMME_OFFICER, Language.FR))
                            : List.of();
                }
            };
        }
    }
}
