package eu.cybersudoe.accounts;

import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxEntry;
import eu.cybersudoe.shared.mail.OutboxMessage;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/** Registration, confirmation, sign-in, reset, throttling, export and deletion, through the web, with mails read back from the outbox. */
@DatabaseTest
@AutoConfigureMockMvc
class AccountJourneyTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void registersConfirmsAndSignsIn() throws Exception {
        String email = unique("ana");
        mvc.perform(post("/es/register").with(csrf()).with(from("10.0.0.1"))
                        .param("displayName", "Ana García").param("email", email)
                        .param("password", PASSWORD).param("passwordRepeat", PASSWORD).param("acceptTerms", "true"))
                .andExpect(redirectedUrl("/es/register/sent"));

        OutboxMessage mail = mailTo(email, "Confirme su cuenta CyberSudoe");
        assertThat(mail.language()).isEqualTo("es");

        // The same answer as a wrong password; the owner, who typed the right one, gets the link again by e-mail.
        assertThat(signInError("es", email, PASSWORD)).contains("La dirección de correo electrónico o la contraseña no son correctas.")
                .doesNotContain("confirmada");
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email, "Confirme su cuenta CyberSudoe") == 2);
        mail = mailTo(email, "Confirme su cuenta CyberSudoe");

        mvc.perform(get(linkIn(mail, "/es/register/confirm"))).andExpect(content().string(containsString("Cuenta confirmada")));
        signIn(email, PASSWORD).andExpect(redirectedUrl("/es/account"));
        mvc.perform(get(linkIn(mail, "/es/register/confirm"))).andExpect(content().string(containsString("Enlace no válido")));
    }

    @Test
    void registrationKeepsWhatWasTypedAndExplainsErrors() throws Exception {
        mvc.perform(post("/fr/register").with(csrf()).with(from("10.0.0.2"))
                        .param("displayName", "Jean Dupont").param("email", "not-an-address")
                        .param("password", "short").param("passwordRepeat", "different"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Jean Dupont\"")))
                .andExpect(content().string(containsString("Saisissez une adresse e-mail valide")))
                .andExpect(content().string(containsString("Au moins 12 caractères")))
                .andExpect(content().string(containsString("Les deux mots de passe ne sont pas identiques")));
    }

    @Test
    void registrationFromOneAddressIsRateLimited() throws Exception {
        for (int i = 0; i < 5; i++) {
            register(unique("rate" + i), "10.0.0.3").andExpect(status().is3xxRedirection());
        }
        register(unique("rate-last"), "10.0.0.3").andExpect(status().isTooManyRequests());
    }

    @Test
    void resetsAForgottenPasswordOnce() throws Exception {
        String email = confirmedAccount("reset");
        mvc.perform(post("/pt/password/forgot").with(csrf()).with(from("10.0.0.4")).param("email", email))
                .andExpect(redirectedUrl("/pt/password/sent"));
        OutboxMessage mail = mailTo(email, "Escolha uma nova palavra-passe CyberSudoe");
        String link = linkIn(mail, "/pt/password/reset");
        String token = link.substring(link.indexOf("token=") + 6);

        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"token\"")));
        String newPassword = "another long password";
        mvc.perform(post("/pt/password/reset").with(csrf()).with(from("10.0.4.44")).header("User-Agent", "Reset browser")
                        .param("token", token).param("password", newPassword).param("passwordRepeat", newPassword))
                .andExpect(redirectedUrl("/pt/login"));
        assertThat(jdbc.sql("select address || ' ' || user_agent from sign_in_record r join account a on a.id = r.account_id "
                        + "where a.email = ? and r.outcome = 'PASSWORD_RESET'").param(email).query(String.class).list())
                .as("the reset is recorded with where it came from").containsExactly("10.0.4.44 Reset browser");
        assertThat(signInError("pt", email, PASSWORD)).contains("O endereço de e-mail ou a palavra-passe não estão corretos.");
        signIn("pt", email, newPassword).andExpect(redirectedUrl("/pt/account"));
        assertThat(jdbc.sql("select outcome from sign_in_record r join account a on a.id = r.account_id where a.email = ? order by r.id")
                .param(email).query(String.class).list())
                .containsSubsequence("PASSWORD_RESET", "WRONG_PASSWORD", "SIGNED_IN");
        mvc.perform(get(link)).andExpect(content().string(containsString("Ligação inválida")));
        // The notice goes in the account's own language (it registered in Spanish), not the reset page's.
        assertThat(mailTo(email, "Se ha cambiado su contraseña de CyberSudoe").language()).isEqualTo("es");
    }

    @Test
    void slowsDownTheAddressThatFailsButNeverTheOwnerElsewhere() throws Exception {
        String email = confirmedAccount("throttle");
        for (int i = 0; i < 25; i++) {
            signInFrom("fr", email, "wrong password " + i, "10.66.0.1").andExpect(redirectedUrl("/fr/login"));
        }
        MvcResult refused = signInFrom("fr", email, PASSWORD, "10.66.0.1").andExpect(redirectedUrl("/fr/login")).andReturn();
        assertThat(mvc.perform(get("/fr/login").session((MockHttpSession) refused.getRequest().getSession(false)))
                .andReturn().getResponse().getContentAsString()).contains("Trop de tentatives échouées.");

        signInFrom("fr", email, PASSWORD, "10.66.0.2").andExpect(redirectedUrl("/fr/account"));
    }

    @Test
    void givesOneAnswerForAnUnknownAccountAWrongPasswordAndAnUnconfirmedAccount() throws Exception {
        String confirmed = confirmedAccount("one-answer");
        String unconfirmed = unique("unconfirmed");
        register(unconfirmed, "10.67.0.1").andExpect(status().is3xxRedirection());

        String unknown = alertOf(signInError("pt", unique("nobody"), PASSWORD));
        String wrong = alertOf(signInError("pt", confirmed, "not the password at all"));
        String notConfirmed = alertOf(signInError("pt", unconfirmed, PASSWORD));
        String notConfirmedWrong = alertOf(signInError("pt", unconfirmed, "not the password at all"));

        assertThat(unknown).isEqualTo("O endereço de e-mail ou a palavra-passe não estão corretos.");
        assertThat(List.of(wrong, notConfirmed, notConfirmedWrong)).containsOnly(unknown);
    }

    @Test
    void aPasswordResetAnswersTheSameWhetherTheAccountExists() throws Exception {
        String known = confirmedAccount("reset-same");
        MvcResult forKnown = mvc.perform(post("/en/password/forgot").with(csrf()).with(from("10.68.0.1")).param("email", known)).andReturn();
        MvcResult forUnknown = mvc.perform(post("/en/password/forgot").with(csrf()).with(from("10.68.0.1")).param("email", unique("nobody")))
                .andReturn();
        assertThat(forUnknown.getResponse().getStatus()).isEqualTo(forKnown.getResponse().getStatus());
        assertThat(forUnknown.getResponse().getRedirectedUrl()).isEqualTo(forKnown.getResponse().getRedirectedUrl()).isEqualTo("/en/password/sent");
    }

    @Test
    void refusesWeakPasswordsWithTheirReasonInEachLanguage() throws Exception {
        Map<String, String> reasons = Map.of(
                "fr", "Les suites comme abc ou 6543 sont faciles à deviner.",
                "es", "Las secuencias como abc o 6543 son fáciles de adivinar.",
                "pt", "Sequências como abc ou 6543 são fáceis de adivinhar.",
                "en", "Sequences such as abc or 6543 are easy to guess.");
        for (var reason : reasons.entrySet()) {
            String email = unique("weak-" + reason.getKey());
            mvc.perform(post("/" + reason.getKey() + "/register").with(csrf()).with(from("10.69.0." + (int) reason.getKey().charAt(0)))
                            .param("displayName", "Weak").param("email", email)
                            .param("password", "abcdefghijklmnop").param("passwordRepeat", "abcdefghijklmnop").param("acceptTerms", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(reason.getValue())));
            assertThat(accountCount(email)).isZero();
        }
    }

    @Test
    void exportsAndDeletesTheAccount() throws Exception {
        String email = confirmedAccount("gdpr");
        MockHttpSession session = sessionOf(email);
        mvc.perform(get("/en/account/export").session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().string(containsString(email)));

        mvc.perform(post("/en/account/delete").session(session).with(csrf()).param("password", "not it"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the account was not deleted")));
        assertThat(accountCount(email)).isEqualTo(1);

        mvc.perform(post("/en/account/delete").session(session).with(csrf()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/en/"));
        assertThat(accountCount(email)).isZero();
        assertThat(signInError("en", email, PASSWORD)).contains("The e-mail address or the password is not right.");
    }

    private String confirmedAccount(String name) throws Exception {
        String email = unique(name);
        register(email, "10.1." + Math.abs(email.hashCode() % 250) + ".1").andExpect(status().is3xxRedirection());
        mvc.perform(get(linkIn(mailTo(email, "Confirme su cuenta CyberSudoe"), "/es/register/confirm")));
        return email;
    }

    private MockHttpSession sessionOf(String email) throws Exception {
        MvcResult result = signIn(email, PASSWORD).andExpect(status().is3xxRedirection()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private org.springframework.test.web.servlet.ResultActions register(String email, String address) throws Exception {
        return mvc.perform(post("/es/register").with(csrf()).with(from(address))
                .param("displayName", "Test").param("email", email)
                .param("password", PASSWORD).param("passwordRepeat", PASSWORD).param("acceptTerms", "true"));
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String email, String password) throws Exception {
        return signIn("es", email, password);
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String lang, String email, String password) throws Exception {
        return signInFrom(lang, email, password, "10.2." + Math.abs(email.hashCode() % 250) + ".1");
    }

    private org.springframework.test.web.servlet.ResultActions signInFrom(String lang, String email, String password, String address)
            throws Exception {
        return mvc.perform(post("/" + lang + "/login").with(csrf()).with(from(address)).param("email", email).param("password", password)
                .param("lang", lang));
    }

    /** The text of the sign-in page's alert. */
    private static String alertOf(String page) {
        Matcher alert = Pattern.compile("<div class=\"flash error\" role=\"alert\">([^<]*)</div>").matcher(page);
        assertThat(alert.find()).as("an alert in " + page).isTrue();
        return alert.group(1);
    }

    private long mailsTo(String email, String subject) {
        return outbox.list(1, Outbox.MAX_PAGE_SIZE).entries().stream().filter(e -> e.to().contains(email) && e.subject().equals(subject)).count();
    }

    /** Signs in expecting a refusal, follows the redirect and returns the sign-in page shown. */
    private String signInError(String lang, String email, String password) throws Exception {
        MvcResult refused = signIn(lang, email, password).andExpect(redirectedUrl("/" + lang + "/login")).andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession(false);
        return mvc.perform(get("/" + lang + "/login").session(session)).andReturn().getResponse().getContentAsString();
    }

    /** A request coming from the given network address. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long accountCount(String email) {
        return jdbc.sql("select count(*) from account where email = ?").param(email).query(Long.class).single();
    }

    /** The latest mail to the address with this subject, waited for: account mails go after the commit, on another thread. */
    private OutboxMessage mailTo(String email, String subject) {
        OutboxEntry entry = await().atMost(Duration.ofSeconds(10)).until(() -> outbox.list(1, Outbox.MAX_PAGE_SIZE).entries().stream()
                .filter(e -> e.to().contains(email) && e.subject().equals(subject)).findFirst(), Optional::isPresent).orElseThrow();
        return outbox.find(entry.id()).orElseThrow();
    }

    private static String linkIn(OutboxMessage mail, String path) {
        Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\S*)").matcher(mail.text());
        assertThat(link.find()).as("link to " + path + " in " + mail.text()).isTrue();
        return link.group(1);
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
