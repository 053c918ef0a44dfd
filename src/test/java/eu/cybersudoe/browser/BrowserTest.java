package eu.cybersudoe.browser;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A user journey in a real browser against the whole application, started on a random port
 * with its own in-memory H2 database. Test methods take a {@link com.microsoft.playwright.Page}
 * parameter; see {@link BrowserSupport} for when they skip.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserSupport.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cybersudoe.passkeys.any-local-port=true")
public @interface BrowserTest {
}
