package eu.cybersudoe.accounts;

import eu.cybersudoe.accounts.internal.Account;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.accounts.internal.SignInOutcome;
import eu.cybersudoe.accounts.internal.SignInRecords;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.OneTimeCodes;
import eu.cybersudoe.testing.TestClock;
import eu.cybersudoe.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one-time code, with a clock the test moves: set up at the first sign-in of a controller
 * (nobody is signed in before), asked at the next ones, wrong codes refused, recovery codes
 * good once, a lost factor reset by a network admin; other accounts sign in with their password.
 */
@DatabaseTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class SecondFactorJourneyTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock clock;
    @Autowired
    SignInRecords records;

    @Test
    void aControllerSetsUpTheCodeAtTheFirstSignInThenGivesItEachTime() throws Exception {
        Account controller = account("controller", Role.CONTROLLER);
        MvcResult first = signIn(controller.email()).andExpect(redirectedUrl("/en/login/set-up")).andReturn();
        MockHttpSession session = (MockHttpSession) first.getRequest().getSession(false);
        mvc.perform(get("/en/office").session(session)).andExpect(redirectedUrl("/en/login"));

        String page = mvc.perform(get("/en/login/set-up").session(session))
                .andExpect(content().string(containsString("data:image/png;base64,")))
                .andReturn().getResponse().getContentAsString();
        String secret = OneTimeCodes.secretOn(page);
        mvc.perform(post("/en/login/set-up").session(session).with(csrf()).param("code", wrong(OneTimeCodes.code(secret, clock))))
                .andExpect(content().string(containsString("This code is not right.")));
        String codes = mvc.perform(post("/en/login/set-up").session(session).with(csrf()).param("code", OneTimeCodes.code(secret, clock)))
                .andExpect(content().string(containsString("Your recovery codes")))
                .andReturn().getResponse().getContentAsString();
        List<String> recovery = recoveryCodesOn(codes);
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        mvc.perform(get("/en/office").session(session)).andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(5));
        MockHttpSession second = codeAsked(controller);
        mvc.perform(post("/en/login/code").session(second).with(csrf()).param("code", wrong(OneTimeCodes.code(secret, clock))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("This code is not right.")));
        mvc.perform(get("/en/office").session(second)).andExpect(redirectedUrl("/en/login"));
        // Back to the page that asked for the sign-in.
        mvc.perform(post("/en/login/code").session(second).with(csrf()).param("code", OneTimeCodes.code(secret, clock)))
                .andExpect(redirectedUrl("http://localhost/en/office?continue"));
        mvc.perform(get("/en/office").session(second)).andExpect(status().isOk());
        MockHttpSession replayed = codeAsked(controller);
        mvc.perform(post("/en/login/code").session(replayed).with(csrf()).param("code", OneTimeCodes.code(secret, clock)))
                .andExpect(content().string(containsString("This code is not right.")));

        String oldCode = OneTimeCodes.code(secret, clock);
        clock.advance(Duration.ofMinutes(2));
        MockHttpSession late = codeAsked(controller);
        mvc.perform(post("/en/login/code").session(late).with(csrf()).param("code", oldCode))
                .andExpect(content().string(containsString("This code is not right.")));

        MockHttpSession withRecovery = codeAsked(controller);
        mvc.perform(post("/en/login/code").session(withRecovery).with(csrf()).param("code", recovery.get(3).toUpperCase()))
                .andExpect(redirectedUrl("/en/office"));
        MockHttpSession again = codeAsked(controller);
        mvc.perform(post("/en/login/code").session(again).with(csrf()).param("code", recovery.get(3)))
                .andExpect(content().string(containsString("This code is not right.")));

        mvc.perform(get("/en/account").session(second))
                .andExpect(content().string(containsString("9 recovery codes are")))
                .andExpect(content().string(containsString("Signed in with a recovery code")))
                .andExpect(content().string(containsString("Wrong one-time code")));
    }

    @Test
    void fiveWrongCodesSendThePersonBackToThePassword() throws Exception {
        Account admin = account("admin", Role.NETWORK_ADMIN);
        String secret = setUp(admin);
        MockHttpSession session = codeAsked(admin);
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/en/login/code").session(session).with(csrf()).param("code", wrong(OneTimeCodes.code(secret, clock))))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/en/login/code").session(session).with(csrf()).param("code", wrong(OneTimeCodes.code(secret, clock))))
                .andExpect(redirectedUrl("/en/login"));
        mvc.perform(post("/en/login/code").session(session).with(csrf()).param("code", OneTimeCodes.code(secret, clock)))
                .andExpect(content().string(containsString("No sign-in is waiting for a code here")));
        mvc.perform(get("/en/office").session(session)).andExpect(redirectedUrl("/en/login"));
    }

    @Test
    void aNetworkAdminResetsALostFactorAndItIsRecorded() throws Exception {
        Account controller = account("lost", Role.CONTROLLER);
        setUp(controller);
        Account admin = account("resetter", Role.NETWORK_ADMIN);
        mvc.perform(post("/en/office/sign-in/second-factor/reset").with(user(new eu.cybersudoe.shared.security.SignedInUser(admin.id(), admin.email(), "Admin",
                                Role.NETWORK_ADMIN, "cybermassif", Language.EN, true, null))).with(csrf())
                        .with(AccountJourneyTest.from("10.0.7.77"))
                        .param("email", controller.email()))
                .andExpect(redirectedUrl("/en/office/sign-in"));
        signIn(controller.email()).andExpect(redirectedUrl("/en/login/set-up"));
        assertThat(records.of(controller.id(), 10)).anySatisfy(line -> {
            assertThat(line.outcome()).isEqualTo(SignInOutcome.SECOND_FACTOR_RESET);
            assertThat(line.byEmail()).isEqualTo(admin.email());
            assertThat(line.address()).as("where the admin reset it from").isEqualTo("10.0.7.77");
        });
    }

    @Test
    void otherStaffSignInWithTheirPasswordAndMayOptIn() throws Exception {
        Account advisor = account("advisor", Role.ADVISOR);
        MockHttpSession session = (MockHttpSession) signIn(advisor.email()).andExpect(redirectedUrl("/en/office")).andReturn()
                .getRequest().getSession(false);
        String page = mvc.perform(get("/en/account/second-factor").session(session)).andReturn().getResponse().getContentAsString();
        String secret = OneTimeCodes.secretOn(page);
        mvc.perform(post("/en/account/second-factor").session(session).with(csrf()).param("code", OneTimeCodes.code(secret, clock)))
                .andExpect(content().string(containsString("Your recovery codes")));
        signIn(advisor.email()).andExpect(redirectedUrl("/en/login/code"));
    }

    /** Sets up the code through the forced set-up; its secret. */
    private String setUp(Account account) throws Exception {
        MvcResult first = signIn(account.email()).andExpect(redirectedUrl("/en/login/set-up")).andReturn();
        MockHttpSession session = (MockHttpSession) first.getRequest().getSession(false);
        String secret = OneTimeCodes.secretOn(mvc.perform(get("/en/login/set-up").session(session)).andReturn().getResponse().getContentAsString());
        mvc.perform(post("/en/login/set-up").session(session).with(csrf()).param("code", OneTimeCodes.code(secret, clock)));
        return secret;
    }

    private MockHttpSession codeAsked(Account account) throws Exception {
        return (MockHttpSession) signIn(account.email()).andExpect(redirectedUrl("/en/login/code")).andReturn().getRequest().getSession(false);
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String email) throws Exception {
        return mvc.perform(post("/en/login").with(csrf()).param("email", email).param("password", PASSWORD).param("lang", "en"));
    }

    private Account account(String name, Role role) {
        String email = name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return accounts.createConfirmed(email, name, "{noop}" + PASSWORD, role, role.isPartnerStaff() ? "cybermassif" : null, Language.EN);
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private static List<String> recoveryCodesOn(String page) {
        Matcher code = Pattern.compile("<li><code>([a-z0-9-]+)</code></li>").matcher(page);
        List<String> codes = new ArrayList<>();
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }
}
