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

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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

        OutboxMessage mail = lastMailTo(email);
        assertThat(mail.subject()).isEqualTo("Confirme su cuenta CyberSudoe");
        assertThat(mail.language()).isEqualTo("es");

        signIn(email, PASSWORD).andExpect(flash().attribute("loginError", "login.error.unconfirmed"));

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
        OutboxMessage mail = lastMailTo(email);
        assertThat(mail.subject()).isEqualTo("Escolha uma nova palavra-passe CyberSudoe");
        String link = linkIn(mail, "/pt/password/reset");
        String token = link.substring(link.indexOf("token=") + 6);

        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"token\"")));
        String newPassword = "another long password";
        mvc.perform(post("/pt/password/reset").with(csrf()).param("token", token)
                        .param("password", newPassword).param("passwordRepeat", newPassword))
                .andExpect(redirectedUrl("/pt/login"));
        signIn("pt", email, PASSWORD).andExpect(flash().attribute("loginError", "login.error.bad"));
        signIn("pt", email, newPassword).andExpect(redirectedUrl("/pt/account"));
        mvc.perform(get(link)).andExpect(content().string(containsString("Ligação inválida")));
        assertThat(lastMailTo(email).subject()).isEqualTo("A sua palavra-passe CyberSudoe foi alterada");
    }

    @Test
    void throttlesAfterFiveFailures() throws Exception {
        String email = confirmedAccount("throttle");
        for (int i = 0; i < 5; i++) {
            signIn(email, "wrong password " + i).andExpect(flash().attribute("loginError", "login.error.bad"));
        }
        signIn(email, PASSWORD).andExpect(flash().attribute("loginError", "login.error.throttled"));
        mvc.perform(get("/fr/login").flashAttr("loginError", "login.error.throttled").flashAttr("waitMinutes", 15L))
                .andExpect(content().string(containsString("Veuillez attendre 15 minute(s)")));
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
        signIn(email, PASSWORD).andExpect(flash().attribute("loginError", "login.error.bad"));
    }

    private String confirmedAccount(String name) throws Exception {
        String email = unique(name);
        register(email, "10.1." + Math.abs(email.hashCode() % 250) + ".1").andExpect(status().is3xxRedirection());
        mvc.perform(get(linkIn(lastMailTo(email), "/es/register/confirm")));
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
        return mvc.perform(post("/" + lang + "/login").with(csrf()).param("email", email).param("password", password)
                .param("lang", lang));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long accountCount(String email) {
        return jdbc.sql("select count(*) from account where email = ?").param(email).query(Long.class).single();
    }

    private OutboxMessage lastMailTo(String email) {
        OutboxEntry entry = outbox.list(1, Outbox.MAX_PAGE_SIZE).entries().stream()
                .filter(e -> e.to().contains(email)).findFirst().orElseThrow(() -> new AssertionError("No mail to " + email));
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
