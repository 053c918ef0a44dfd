package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestClock;
import eu.cybersudoe.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Waits on the source of failed sign-ins, growing with each failure, never a lock-out; listed and lifted by a network admin. */
@DatabaseTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class SignInThrottleTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    FailedSignIns failures;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    SignInRecords records;

    @Test
    void eachFailureOfAPairAfterTheThirdDoublesTheWait() {
        String email = unique("pair");
        String address = uniqueAddress();
        for (int i = 0; i < 3; i++) {
            failures.failed(email, address);
            assertThat(failures.waitBefore(email, address)).isEmpty();
        }
        failures.failed(email, address);
        assertThat(failures.waitBefore(email, address)).contains(Duration.ofSeconds(15));
        failures.failed(email, address);
        assertThat(failures.waitBefore(email, address)).contains(Duration.ofSeconds(30));
        failures.failed(email, address);
        assertThat(failures.waitBefore(email, address)).contains(Duration.ofSeconds(60));
        assertThat(failures.waitBefore(email, uniqueAddress())).as("the owner elsewhere").isEmpty();

        clock.advance(Duration.ofSeconds(61));
        assertThat(failures.waitBefore(email, address)).isEmpty();
        failures.failed(email, address);
        assertThat(failures.waitBefore(email, address)).contains(Duration.ofSeconds(120));

        failures.succeeded(email, address);
        assertThat(failures.waitBefore(email, address)).isEmpty();
        assertThat(FailedSignIns.pairDelay(40)).isEqualTo(FailedSignIns.LONGEST_DELAY);
    }

    @Test
    void failuresAgainstUnknownAccountsCountForTheAddressOnly() {
        String address = uniqueAddress();
        for (int i = 0; i < FailedSignIns.PER_ADDRESS - 1; i++) {
            failures.failed(null, address);
        }
        assertThat(failures.waitBefore(unique("anyone"), address)).isEmpty();
        assertThat(failures.current()).noneMatch(throttle -> throttle.address().equals(address));
        failures.failed(null, address);
        assertThat(failures.waitBefore(unique("anyone"), address)).contains(FailedSignIns.ADDRESS_WINDOW);
        assertThat(failures.waitBefore(unique("anyone"), uniqueAddress())).isEmpty();
    }

    @Test
    void aNetworkAdminSeesTheThrottleAndLiftsIt() throws Exception {
        String email = unique("lifted");
        String address = uniqueAddress();
        Account throttled = accounts.createConfirmed(email, "Lifted", "{noop}" + PASSWORD, Role.ADVISOR, "cybermassif", Language.EN);
        for (int i = 0; i < 4; i++) {
            signIn(email, "not the password " + i, address).andExpect(redirectedUrl("/en/login"));
        }
        signIn(email, PASSWORD, address).andExpect(redirectedUrl("/en/login"));

        String adminEmail = unique("admin");
        Account admin = accounts.createConfirmed(adminEmail, "Admin", "{noop}" + PASSWORD, Role.NETWORK_ADMIN, "cybermassif", Language.EN);
        SignedInUser adminUser = admin.toSignedInUser(List.of(), List.of(admin.mainRole()));
        mvc.perform(get("/en/office/sign-in").with(user(adminUser)))
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString(address)))
                .andExpect(content().string(containsString("Lift")));
        assertThat(records.of(throttled.id(), 20)).extracting(SignInRecords.Line::outcome)
                .containsSubsequence(SignInOutcome.THROTTLED, SignInOutcome.WRONG_PASSWORD);

        mvc.perform(post("/en/office/sign-in/lift").with(user(adminUser)).with(csrf()).param("email", email).param("address", address))
                .andExpect(redirectedUrl("/en/office/sign-in"));
        mvc.perform(get("/en/office/sign-in").with(user(adminUser)))
                .andExpect(content().string(not(containsString("<input type=\"hidden\" name=\"email\" value=\"" + email + "\">"))));
        signIn(email, PASSWORD, address).andExpect(redirectedUrl("/en/office"));

        Optional<SignInRecords.Line> liftRecord = records.of(throttled.id(), 20).stream()
                .filter(line -> line.outcome() == SignInOutcome.THROTTLE_LIFTED).findFirst();
        assertThat(liftRecord).get().extracting(SignInRecords.Line::byEmail).isEqualTo(adminEmail);
    }

    private ResultActions signIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/en/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("email", email).param("password", password).param("lang", "en"));
    }

    /** A network address of its own for each test run, since failures stay in the database between runs. */
    private static String uniqueAddress() {
        java.util.Random random = new java.util.Random();
        return "10." + (100 + random.nextInt(150)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
