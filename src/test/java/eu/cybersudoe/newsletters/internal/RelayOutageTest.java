package eu.cybersudoe.newsletters.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A relay that stops answering for a while: one warning when the outage starts and one when it
 * ends, not one per copy; the outage on the delivery page; the metrics on /actuator/prometheus.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"cybersudoe.newsletters.workers=false", "cybersudoe.newsletters.batch-size=5",
        "cybersudoe.newsletters.rate-per-second=100000"})
class RelayOutageTest {

    static final int PORT = NewsletterDeliveryTest.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Issues issues;
    @Autowired
    Programme programme;
    @Autowired
    DeliveryEngine engine;
    @Autowired
    MeterRegistry registry;
    @Autowired
    MockMvc mvc;

    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    NewsletterFixture fixture;
    Courier down;
    Courier up;

    @BeforeEach
    void capture() {
        NewsletterFixture.cancelOthersInFlight(jdbc);
        fixture = new NewsletterFixture(jdbc, issues, programme);
        logged.start();
        ((Logger) LoggerFactory.getLogger(RelayHealth.class)).addAppender(logged);
        down = courier(NewsletterDeliveryTest.freePort());
        up = courier(PORT);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger(RelayHealth.class)).detachAppender(logged);
        down.close();
        up.close();
    }

    static Courier courier(int port) {
        return new SmtpCourier(new SmtpRelay("127.0.0.1", port, null, null, "smtp", new Properties(), "no-reply@cybersudoe.eu"),
                java.time.Clock.systemUTC());
    }

    @Test
    void anOutageIsLoggedOnceWhenItStartsAndOnceWhenItEndsShownOnThePageAndMeasured() throws Exception {
        for (int i = 0; i < 5; i++) {
            fixture.company("FR", "o" + i, "O" + i, "fr", true);
        }
        long issueId = fixture.launched(List.of(Language.FR, Language.EN));
        double failuresBefore = registry.counter("newsletter.relay.connection.failures").count();
        double deferredBefore = registry.counter("newsletter.copies", "outcome", "deferred").count();
        double deliveredBefore = registry.counter("newsletter.copies", "outcome", "delivered").count();

        assertThat(engine.workOnce(down)).isEqualTo(5);
        assertThat(fixture.state(issueId, "o0")).isEqualTo("DEFERRED");
        assertThat(warnings()).singleElement().asString().contains("out of service");
        assertThat(registry.get("newsletter.relay.up").gauge().value()).isZero();
        assertThat(registry.counter("newsletter.relay.connection.failures").count() - failuresBefore).isEqualTo(5);
        assertThat(registry.counter("newsletter.copies", "outcome", "deferred").count() - deferredBefore).isEqualTo(5);

        engine.housekeepOnce();
        assertThat(engine.relayOutage()).isNotNull();
        mvc.perform(get("/en/office/newsletters/" + issueId).with(user(TestUsers.user(Role.NETWORK_ADMIN, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The mail server has been refusing or unreachable since")));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("newsletter_relay_up 0.0"),
                        containsString("newsletter_copies_total{outcome=\"deferred\"}"),
                        containsString("newsletter_relay_connection_failures_total"),
                        containsString("newsletter_issue_copies{issue=\"" + issues.find(issueId).orElseThrow().number()
                                + "\",state=\"deferred\"} 5.0"),
                        containsString("newsletter_smtp_errors_total{class=\"4xx\"}"))));

        // the relay answers again: the deferred copies go at their next attempt
        jdbc.sql("update newsletter_send set next_attempt_at = ? where issue_id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now()), issueId).update();
        assertThat(engine.workOnce(up)).isEqualTo(5);
        assertThat(greenMail.getReceivedMessages()).hasSize(5);
        assertThat(warnings()).hasSize(2).last().asString().contains("answers again").contains("5 copies were deferred");
        assertThat(registry.get("newsletter.relay.up").gauge().value()).isEqualTo(1);
        assertThat(registry.counter("newsletter.copies", "outcome", "delivered").count() - deliveredBefore).isEqualTo(5);
        engine.housekeepOnce();
        assertThat(engine.relayOutage()).isNull();
    }

    List<String> warnings() {
        return logged.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }
}
