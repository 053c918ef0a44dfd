package eu.cybersudoe.accounts;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxMessage;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.OutboxMails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invitations through the web: an admin invites, the invitee chooses a password or joins with
 * an existing account, and every refusal (another partner, a role a manager may not give, an
 * expired, used or revoked link) is shown. Mails are read back from the outbox after commit.
 */
@DatabaseTest
@AutoConfigureMockMvc
class InvitationJourneyTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Value("${cybersudoe.base-url}")
    String baseUrl;

    @Test
    void anAdminInvitesAManagerInSpanishWhoChoosesAPasswordAndSignsIn() throws Exception {
        MockHttpSession admin = signedIn(account("admin", Role.NETWORK_ADMIN, "cybermassif"));
        String email = unique("gestora");
        invite(admin, "fr", email, "Lucía Gestora", "PARTNER_MANAGER", "ceei-burgos", "es")
                .andExpect(redirectedUrl("/fr/office/people"));
        mvc.perform(get("/fr/office/people").session(admin))
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Español")));

        OutboxMessage mail = awaitMail(email, 1);
        assertThat(mail.language()).isEqualTo("es");
        assertThat(mail.subject()).isEqualTo("Su invitación a la plataforma CyberSudoe");
        assertThat(mail.text()).contains("Jefe de proyecto del socio de Centro Europeo de Empresas e Innovación de Burgos").startsWith("Hola, Lucía Gestora");
        String link = linkIn(mail, "/es/invitation");
        assertThat(mail.text()).contains(baseUrl + link);

        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Elija una contraseña")));
        mvc.perform(post("/es/invitation/new-account").with(csrf()).param("token", token(link))
                        .param("displayName", "Lucía Gestora").param("password", "short").param("passwordRepeat", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Lucía Gestora\"")))
                .andExpect(content().string(containsString("Las dos contraseñas no coinciden")));
        mvc.perform(post("/es/invitation/new-account").with(csrf()).param("token", token(link))
                        .param("displayName", "Lucía Gestora").param("password", PASSWORD).param("passwordRepeat", PASSWORD))
                .andExpect(redirectedUrl("/es/login"));

        MockHttpSession manager = signedIn(email);
        mvc.perform(get("/es/office/people").session(manager))
                .andExpect(status().isOk()).andExpect(content().string(containsString(email)));
        assertThat(jdbc.sql("select role || ' ' || partner_id || ' ' || language from account where email = ?").param(email)
                .query(String.class).single()).isEqualTo("PARTNER_MANAGER ceei-burgos es");

        mvc.perform(get(link)).andExpect(content().string(containsString("Enlace de invitación no válido")));
        mvc.perform(post("/es/invitation/new-account").with(csrf()).param("token", token(link))
                        .param("displayName", "Otra").param("password", PASSWORD).param("passwordRepeat", PASSWORD))
                .andExpect(content().string(containsString("Enlace de invitación no válido")));
    }

    @Test
    void aManagerInvitesAdvisorsOfTheirOwnPartnerOnly() throws Exception {
        MockHttpSession manager = signedIn(account("manager", Role.PARTNER_MANAGER, "ciebi"));
        String email = unique("advisor");
        invite(manager, "pt", email, "Rui Consultor", "ADVISOR", "leitat", "pt")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Só pode convidar gestores de projeto e consultores do seu próprio parceiro.")))
                .andExpect(content().string(containsString("value=\"" + email + "\"")));
        invite(manager, "pt", email, "Rui Consultor", "NETWORK_ADMIN", "ciebi", "pt")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Escolha uma das funções que pode atribuir.")));
        assertThat(invitationsTo(email)).isZero();

        invite(manager, "pt", email, "Rui Consultor", "ADVISOR", "ciebi", "pt").andExpect(redirectedUrl("/pt/office/people"));
        invite(manager, "pt", email, "Rui Consultor", "ADVISOR", "ciebi", "pt")
                .andExpect(content().string(containsString("Já existe um convite pendente para este endereço")));
        assertThat(invitationsTo(email)).isEqualTo(1);

        MockHttpSession otherManager = signedIn(account("other", Role.PARTNER_MANAGER, "leitat"));
        long invitation = invitationId(email);
        mvc.perform(post("/pt/office/people/invitations/" + invitation + "/revoke").session(otherManager).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pt/office/people").session(otherManager)).andExpect(content().string(not(containsString(email))));
    }

    @Test
    void expiredRevokedAndReplacedLinksNoLongerWork() throws Exception {
        MockHttpSession admin = signedIn(account("admin", Role.NETWORK_ADMIN, "cybermassif"));
        String expiring = unique("late");
        invite(admin, "en", expiring, "Late Comer", "EVALUATOR", "", "en");
        String expiredLink = linkIn(awaitMail(expiring, 1), "/en/invitation");
        jdbc.sql("update account_invitation set expires_at = timestamp '2020-01-01 00:00:00' where email = ?").param(expiring).update();
        mvc.perform(get(expiredLink)).andExpect(content().string(containsString("This invitation link has expired")));
        mvc.perform(get("/en/office/people").session(admin)).andExpect(content().string(containsString("Expired")));

        mvc.perform(post("/en/office/people/invitations/" + invitationId(expiring) + "/resend").session(admin).with(csrf()))
                .andExpect(redirectedUrl("/en/office/people"));
        String renewed = linkIn(awaitMail(expiring, 2), "/en/invitation");
        assertThat(renewed).isNotEqualTo(expiredLink);
        mvc.perform(get(expiredLink)).andExpect(content().string(containsString("Invalid invitation link")));
        mvc.perform(get(renewed)).andExpect(content().string(containsString("Evaluator")));

        mvc.perform(post("/en/office/people/invitations/" + invitationId(expiring) + "/revoke").session(admin).with(csrf()))
                .andExpect(redirectedUrl("/en/office/people")).andExpect(flash().attribute("notice", "people.invitation.revoked"));
        mvc.perform(get(renewed)).andExpect(content().string(containsString("Invalid invitation link")));
        // Resending a revoked invitation is refused, and said as an error.
        mvc.perform(post("/en/office/people/invitations/" + invitationId(expiring) + "/resend").session(admin).with(csrf()))
                .andExpect(redirectedUrl("/en/office/people")).andExpect(flash().attribute("refused", "people.invitation.closed"))
                .andExpect(flash().attribute("notice", (Object) null));
        assertThat(jdbc.sql("select count(*) from account where email = ?").param(expiring).query(Long.class).single()).isZero();
    }

    @Test
    void anExistingAccountJoinsWithItsPasswordAndTakesTheRole() throws Exception {
        MockHttpSession admin = signedIn(account("admin", Role.NETWORK_ADMIN, "cybermassif"));
        String existing = account("company", Role.COMPANY_USER, null);
        invite(admin, "fr", existing, "Claire Contrôle", "CONTROLLER", "", "fr");
        mvc.perform(post("/fr/office/people/invite").session(admin).with(csrf()).param("email", unique("c2"))
                .param("displayName", "X").param("role", "CONTROLLER").param("language", "fr").param("grantedPartners", "nowhere"))
                .andExpect(content().string(containsString("Choisissez un partenaire du réseau.")));
        String link = linkIn(awaitMail(existing, 1), "/fr/invitation");

        mvc.perform(get(link)).andExpect(content().string(containsString("a déjà un compte")));
        mvc.perform(post("/fr/invitation/existing-account").with(csrf()).with(from("10.22.0.1")).param("token", token(link))
                        .param("password", "wrong one"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Le mot de passe est incorrect")));
        mvc.perform(post("/fr/invitation/existing-account").with(csrf()).with(from("10.22.0.1")).param("token", token(link))
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/fr/login"));
        // A controller now: the one-time code is set up before anything else.
        signIn("fr", existing).andExpect(redirectedUrl("/fr/login/set-up"));
        long id = accountId(existing);
        mvc.perform(get("/fr/office/people/" + id).session(admin))
                .andExpect(content().string(containsString("A accepté une invitation en tant que Contrôleur (auparavant Utilisateur entreprise)")));
    }

    @Test
    void staffWhoAcceptAnotherRoleKeepTheirOwnAndOnlyAnAdminGivesThemAnotherPartner() throws Exception {
        MockHttpSession admin = signedIn(account("admin", Role.NETWORK_ADMIN, "cybermassif"));
        String advisor = account("advisor", Role.ADVISOR, "ciebi");
        MockHttpSession leitatManager = signedIn(account("leitat-manager", Role.PARTNER_MANAGER, "leitat"));
        invite(leitatManager, "fr", advisor, "Test advisor", "ADVISOR", "leitat", "fr")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette personne travaille déjà pour un autre partenaire")));
        assertThat(invitationsTo(advisor)).isZero();

        invite(admin, "fr", advisor, "Test advisor", "EVALUATOR", "", "fr").andExpect(redirectedUrl("/fr/office/people"));
        String link = linkIn(awaitMail(advisor, 1), "/fr/invitation");
        mvc.perform(post("/fr/invitation/existing-account").with(csrf()).with(from("10.22.0.2")).param("token", token(link))
                .param("password", PASSWORD)).andExpect(redirectedUrl("/fr/login"));

        long id = accountId(advisor);
        assertThat(jdbc.sql("select role || ' ' || partner_id from account where id = ?").param(id).query(String.class).single())
                .isEqualTo("ADVISOR ciebi");
        assertThat(jdbc.sql("select role from account_role where account_id = ?").param(id).query(String.class).list())
                .containsExactly("EVALUATOR");
        invite(admin, "fr", advisor, "Test advisor", "EVALUATOR", "", "fr")
                .andExpect(content().string(containsString("Cette personne a déjà ce rôle.")));
        mvc.perform(get("/fr/office/people/" + id).session(admin))
                .andExpect(content().string(containsString("Détient aussi le rôle Évaluateur")));
    }

    private ResultActions invite(MockHttpSession session, String lang, String email, String name, String role, String partner,
                                 String language) throws Exception {
        return mvc.perform(post("/" + lang + "/office/people/invite").session(session).with(csrf())
                .param("email", email).param("displayName", name).param("role", role).param("partnerId", partner)
                .param("language", language));
    }

    private String account(String name, Role role, String partner) {
        String email = unique(name);
        accounts.createConfirmed(email, "Test " + name, "{noop}" + PASSWORD, role, partner, Language.FR);
        return email;
    }

    private MockHttpSession signedIn(String email) throws Exception {
        return eu.cybersudoe.testing.OneTimeCodes.throughSetUp(mvc, signIn("fr", email).andExpect(status().is3xxRedirection()).andReturn(),
                java.time.Clock.systemUTC());
    }

    private ResultActions signIn(String lang, String email) throws Exception {
        return mvc.perform(post("/" + lang + "/login").with(csrf()).param("email", email).param("password", PASSWORD).param("lang", lang));
    }

    private long invitationsTo(String email) {
        return jdbc.sql("select count(*) from account_invitation where email = ?").param(email).query(Long.class).single();
    }

    private long invitationId(String email) {
        return jdbc.sql("select max(id) from account_invitation where email = ?").param(email).query(Long.class).single();
    }

    private long accountId(String email) {
        return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
    }

    private OutboxMessage awaitMail(String email, int count) throws InterruptedException {
        return OutboxMails.await(outbox, email, count);
    }

    private static String linkIn(OutboxMessage mail, String path) {
        return OutboxMails.linkIn(mail, path);
    }

    /** Password tries on invitations are limited per address; this test's own address is not shared with other tests. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
