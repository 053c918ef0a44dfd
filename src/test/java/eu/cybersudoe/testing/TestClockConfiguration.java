package eu.cybersudoe.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Instant;

/** A clock that tests move by hand, for slices that need one (rate limits, expiries). */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    TestClock clock() {
        return new TestClock(Instant.parse("2026-11-26T09:00:00Z"));
    }
}
