package eu.cybersudoe.community;

import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.CommunityRefused;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.community.internal.Post;
import eu.cybersudoe.community.internal.PostStatus;
import eu.cybersudoe.companies.CompanyActivityRecorded;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Posting, replying, approval of first posts, edit history, deleting, language order, rate limit. */
@DatabaseTest
@RecordApplicationEvents
class CommunityPostingTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Community community;
    @Autowired
    Discussions discussions;
    @Autowired
    Authors authors;
    @Autowired
    ApplicationEvents events;

    CommunityTestSupport support;
    SignedInUser admin;

    @BeforeEach
    void setUp() {
        support = new CommunityTestSupport(context);
        admin = support.admin();
    }

    private long discuss(long group, SignedInUser user, String title, String body) {
        return community.startDiscussion(group, authors.of(user),
                new Community.NewDiscussion(title, body, user.language(), null));
    }

    @Test
    void aNewMembersFirstPostWaitsForApprovalThenRepliesEditsAndDeletesShow() {
        long group = support.group(true);
        SignedInUser spanish = support.companyUser("Lucía", Country.ES, "28001", Language.ES);
        support.member(group, spanish);
        long discussion = discuss(group, spanish, "¿Copias de seguridad?", "¿Qué usan ustedes?");
        Post opening = discussions.opening(discussion).orElseThrow();
        assertThat(opening.status()).isEqualTo(PostStatus.PENDING);
        assertThat(opening.heldFor()).isEqualTo("FIRST_POST");
        assertThat(opening.country()).isEqualTo("ES");
        assertThat(events.stream(CompanyActivityRecorded.class).filter(e -> e.kind().equals("community.forum-contribution")))
                .hasSize(1);

        community.decide(opening.id(), Community.Decision.APPROVE, "", admin);
        assertThat(discussions.post(opening.id()).orElseThrow().status()).isEqualTo(PostStatus.VISIBLE);

        long second = community.reply(discussion, authors.of(spanish), "Usamos **3-2-1**.", Language.ES, opening.id());
        Post reply = discussions.post(second).orElseThrow();
        assertThat(reply.status()).isEqualTo(PostStatus.VISIBLE);
        assertThat(reply.quotedPostId()).isEqualTo(opening.id());

        community.edit(second, authors.of(spanish), "Usamos la regla 3-2-1.", Language.ES);
        community.edit(second, authors.of(spanish), "Aplicamos la regla 3-2-1.", Language.ES);
        assertThat(discussions.post(second).orElseThrow().body()).isEqualTo("Aplicamos la regla 3-2-1.");
        assertThat(discussions.versions(second)).extracting(Discussions.Version::body)
                .containsExactly("Usamos la regla 3-2-1.", "Usamos **3-2-1**.");

        SignedInUser other = support.companyUser("Other", Country.FR, "63000", Language.FR);
        assertThatThrownBy(() -> community.edit(second, authors.of(other), "Vandalisme", Language.FR))
                .isInstanceOf(CommunityRefused.class);
        assertThatThrownBy(() -> community.delete(second, other.accountId())).isInstanceOf(CommunityRefused.class);

        community.delete(second, spanish.accountId());
        Post deleted = discussions.post(second).orElseThrow();
        assertThat(deleted.status()).isEqualTo(PostStatus.DELETED);
        assertThat(deleted.body()).isEmpty();
        assertThat(discussions.versions(second)).isEmpty();
    }

    @Test
    void repliesComeInTheReadersLanguageFirstOrInOneLanguageOnly() {
        long group = support.group(true);
        SignedInUser staff = support.person("Advisor", eu.cybersudoe.shared.security.Role.ADVISOR, "cybermassif", Language.FR);
        support.member(group, staff);
        long discussion = discuss(group, staff, "Sauvegardes", "Comment faites-vous ?");
        community.reply(discussion, authors.of(staff), "Réponse en français", Language.FR, null);
        community.reply(discussion, authors.of(staff), "Resposta em português", Language.PT, null);
        community.reply(discussion, authors.of(staff), "Respuesta en español", Language.ES, null);
        long opening = discussions.opening(discussion).orElseThrow().id();

        assertThat(discussions.replies(discussion, opening, null, null, 0, 10)).extracting(Post::language)
                .containsExactly("fr", "pt", "es");
        assertThat(discussions.replies(discussion, opening, "pt", null, 0, 10)).extracting(Post::language)
                .containsExactly("pt", "fr", "es");
        assertThat(discussions.replies(discussion, opening, null, "es", 0, 10)).extracting(Post::body)
                .containsExactly("Respuesta en español");
        assertThat(discussions.post(discussions.opening(discussion).orElseThrow().id()).orElseThrow().status())
                .as("partner staff post at once").isEqualTo(PostStatus.VISIBLE);
    }

    @Test
    void aNonMemberCannotPostInAClosedGroupUntilAModeratorAccepts() {
        long closed = support.group(false);
        SignedInUser staff = support.person("Advisor", eu.cybersudoe.shared.security.Role.ADVISOR, "cybermassif", Language.FR);
        support.member(closed, staff);
        long discussion = discuss(closed, staff, "Réservé", "Texte");
        SignedInUser outsider = support.companyUser("Outsider", Country.PT, "4000-001", Language.PT);

        assertThatThrownBy(() -> community.reply(discussion, authors.of(outsider), "Olá", Language.PT, null))
                .isInstanceOf(CommunityRefused.class).hasMessage("community.refused.notMember");
        assertThat(community.join(closed, authors.of(outsider)).active()).isFalse();
        assertThatThrownBy(() -> community.reply(discussion, authors.of(outsider), "Olá", Language.PT, null))
                .isInstanceOf(CommunityRefused.class).hasMessage("community.refused.notMember");

        community.decideRequest(closed, outsider.accountId(), true, admin);
        long post = community.reply(discussion, authors.of(outsider), "Olá", Language.PT, null);
        assertThat(discussions.post(post).orElseThrow().status()).isEqualTo(PostStatus.PENDING);
    }

    @Test
    void postsBeyondTheRateLimitAreRefusedAndNewMembersLinksAreHeld() {
        long group = support.group(true);
        SignedInUser staff = support.person("Advisor", eu.cybersudoe.shared.security.Role.ADVISOR, "cybermassif", Language.FR);
        support.member(group, staff);
        long discussion = discuss(group, staff, "Liens", "Partagez vos liens");
        SignedInUser newcomer = support.trusted(group, support.companyUser("Newcomer", Country.FR, "63000", Language.FR), discussion);

        long withLink = community.reply(discussion, authors.of(newcomer), "Voir https://example.org/outil", Language.FR, null);
        assertThat(discussions.post(withLink).orElseThrow()).extracting(Post::status, Post::heldFor)
                .containsExactly(PostStatus.PENDING, "LINKS");
        long plain = community.reply(discussion, authors.of(newcomer), "Sans lien", Language.FR, null);
        assertThat(discussions.post(plain).orElseThrow().status()).isEqualTo(PostStatus.VISIBLE);

        for (int i = 0; i < 3; i++) {
            community.reply(discussion, authors.of(newcomer), "Message " + i, Language.FR, null);
        }
        assertThatThrownBy(() -> community.reply(discussion, authors.of(newcomer), "Un de trop", Language.FR, null))
                .isInstanceOf(CommunityRefused.class).hasMessage("community.refused.tooFast");
        assertThat(discussions.byAuthor(newcomer.accountId())).hasSize(6);
    }

    @Test
    void onlyTheExchangesAuthorMarksTheAnswerThatHelped() {
        long group = support.group(true);
        SignedInUser spanish = support.companyUser("Autora", Country.ES, "28001", Language.ES);
        support.member(group, spanish);
        long exchange = community.startDiscussion(group, authors.of(spanish),
                new Community.NewDiscussion("Ransomware", "¿Cómo prepararnos?", Language.ES,
                        eu.cybersudoe.community.internal.Discussion.ExchangeKind.PROBLEM));
        community.decide(discussions.opening(exchange).orElseThrow().id(), Community.Decision.APPROVE, "", admin);
        SignedInUser portuguese = support.trusted(group, support.companyUser("Autor", Country.PT, "4000-001", Language.PT), exchange);
        long answer = community.reply(exchange, authors.of(portuguese), "Cópias desligadas da rede.", Language.PT, null);

        assertThatThrownBy(() -> community.markHelped(exchange, answer, portuguese.accountId()))
                .isInstanceOf(CommunityRefused.class);
        community.markHelped(exchange, answer, spanish.accountId());
        assertThat(discussions.find(exchange).orElseThrow().helpedPostId()).isEqualTo(answer);
        assertThat(discussions.find(exchange).orElseThrow().country()).isEqualTo("ES");
        assertThat(List.of(discussions.find(exchange).orElseThrow().exchange())).containsExactly(true);
    }
}
