package eu.cybersudoe.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.community.CommunityTestSupport;
import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.Discussion;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.community.internal.Groups;
import eu.cybersudoe.community.internal.Post;
import eu.cybersudoe.community.internal.PostStatus;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spanish company asks a question in the security group, a Portuguese company answers in
 * Portuguese, the Spanish author marks the answer as the one that helped, and a third member's
 * report hides a spam reply at the third report.
 */
@BrowserTest
class CommunityBrowserTest {

    static final String PASSWORD = "community-password";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Groups groups;
    @Autowired
    Community community;
    @Autowired
    Authors authors;
    @Autowired
    Discussions discussions;

    SignedInUser spanish;
    SignedInUser portuguese;
    SignedInUser third;
    SignedInUser spammer;
    List<SignedInUser> reporters;
    long security;

    /** Members of the security group whose first post was approved, and two people who will report the spam. */
    @BeforeEach
    void membersOfTheSecurityGroup() {
        CommunityTestSupport support = new CommunityTestSupport(context);
        security = groups.ofTheme("security").orElseThrow().id();
        SignedInUser staff = support.person("Asesora", Role.ADVISOR, "cybermassif", Language.FR);
        support.member(security, staff);
        long welcome = community.startDiscussion(security, authors.of(staff),
                new Community.NewDiscussion("Bienvenue", "Présentez-vous", Language.FR, null));
        spanish = support.trusted(security, support.companyUser("Lucía García", Country.ES, "28001", Language.ES), welcome);
        portuguese = support.trusted(security, support.companyUser("João Silva", Country.PT, "4000-001", Language.PT), welcome);
        third = support.trusted(security, support.companyUser("Claire Martin", Country.FR, "63000", Language.FR), welcome);
        spammer = support.trusted(security, support.companyUser("Spam Bot", Country.FR, "63000", Language.EN), welcome);
        reporters = List.of(support.person("Uno", Role.COMPANY_USER, null, Language.ES),
                support.person("Dois", Role.COMPANY_USER, null, Language.PT));
    }

    @Test
    void aSpanishQuestionAPortugueseAnswerMarkedHelpfulAndASpamReplyHiddenAtTheThirdReport(Page page) {
        signIn(page, spanish, "es");
        page.navigate(url("/es/community/groups/" + security));
        page.getByLabel("Título").fill("¿Cómo protegernos del ransomware?");
        page.getByLabel("Texto", new Page.GetByLabelOptions().setExact(true)).fill("Somos una pyme de 15 personas. ¿Qué copias de seguridad usan?");
        page.getByLabel("Un problema por resolver").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Se ha publicado su debate.");
        String question = page.url().replaceAll(".*/community/discussions/(\\d+).*", "$1");
        long discussion = Long.parseLong(question);
        signOut(page);

        signIn(page, portuguese, "pt");
        page.navigate(url("/pt/community/discussions/" + discussion));
        assertThat(page.locator("main h1")).containsText("¿Cómo protegernos del ransomware?");
        page.getByLabel("A sua resposta").fill("Usamos cópias diárias desligadas da rede e testamos o restauro todos os meses.");
        assertThat(page.locator("#reply-language")).hasValue("pt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar a resposta")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("A sua mensagem foi publicada.");
        signOut(page);

        long spam = community.reply(discussion, authors.of(spammer), "Cheap followers! Buy now", Language.EN, null);
        for (SignedInUser reporter : reporters) {
            community.report(spam, reporter.accountId(), "Spam");
        }

        signIn(page, spanish, "es");
        page.navigate(url("/es/community/discussions/" + discussion));
        Post answer = discussions.replies(discussion, discussions.opening(discussion).orElseThrow().id(), null, "pt", 0, 5).getFirst();
        assertThat(page.locator("#post-" + answer.id())).hasAttribute("lang", "pt");
        page.locator("#post-" + answer.id()).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Esta respuesta me ayudó")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("La respuesta se ha marcado como la que ayudó.");
        assertThat(page.locator("#post-" + answer.id())).containsText("Esta respuesta ayudó");
        Discussion marked = discussions.find(discussion).orElseThrow();
        assertThat(marked.helpedPostId()).isEqualTo(answer.id());
        signOut(page);

        signIn(page, third, "fr");
        page.navigate(url("/fr/community/discussions/" + discussion));
        assertThat(page.locator("#post-" + spam)).containsText("Cheap followers");
        page.locator("#post-" + spam).getByText("Signaler").click();
        page.locator("#post-" + spam).getByLabel("Pourquoi signalez-vous ce message ?").fill("Publicité");
        page.locator("#post-" + spam).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Envoyer le signalement")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("le signalement a été reçu");
        assertThat(discussions.post(spam).orElseThrow().status()).isEqualTo(PostStatus.HIDDEN);
        assertThat(page.locator("main")).not().containsText("Cheap followers");
        assertThat(page.locator("#post-" + spam)).containsText("Masqué en attendant la décision d'un modérateur");
    }

    private void signIn(Page page, SignedInUser user, String lang) {
        page.navigate(url("/" + lang + "/login"));
        page.locator("#email").fill(user.email());
        page.locator("#password").fill(PASSWORD);
        page.locator("main form button[type=submit]").click();
        page.waitForURL(address -> !address.endsWith("/login"));
    }

    private void signOut(Page page) {
        page.locator("form[action$='/logout'] button").click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
