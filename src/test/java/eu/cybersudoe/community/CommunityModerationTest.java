package eu.cybersudoe.community;

import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.CommunityRefused;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.community.internal.ModerationLog;
import eu.cybersudoe.community.internal.PostStatus;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.OutboxMails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports and their threshold, moderators' decisions with the notice to the author, mutes, the log. */
@DatabaseTest
class CommunityModerationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Community community;
    @Autowired
    Discussions discussions;
    @Autowired
    Authors authors;
    @Autowired
    ModerationLog log;
    @Autowired
    Outbox outbox;

    CommunityTestSupport support;
    SignedInUser admin;
    long group;
    long discussion;

    @BeforeEach
    void setUp() {
        support = new CommunityTestSupport(context);
        admin = support.admin();
        group = support.group(true);
        SignedInUser staff = support.person("Advisor", Role.ADVISOR, "cybermassif", Language.FR);
        support.member(group, staff);
        discussion = community.startDiscussion(group, authors.of(staff),
                new Community.NewDiscussion("Phishing", "Vos retours ?", Language.FR, null));
    }

    @Test
    void threeReportsFromDifferentPeopleHideAPostUntilAModeratorDecides() {
        SignedInUser spammer = support.trusted(group, support.companyUser("Spammer", Country.FR, "63000", Language.FR), discussion);
        long spam = community.reply(discussion, authors.of(spammer), "Achetez des abonnés", Language.FR, null);
        SignedInUser first = support.person("First", Role.COMPANY_USER, null, Language.FR);
        SignedInUser second = support.person("Second", Role.COMPANY_USER, null, Language.ES);
        SignedInUser third = support.person("Third", Role.COMPANY_USER, null, Language.PT);

        assertThat(community.report(spam, first.accountId(), "Spam")).isFalse();
        assertThat(community.report(spam, first.accountId(), "Spam again")).as("the same person counts once").isFalse();
        assertThat(community.report(spam, second.accountId(), "Publicidad")).isFalse();
        assertThatThrownBy(() -> community.report(spam, spammer.accountId(), "me")).isInstanceOf(CommunityRefused.class);
        assertThat(community.report(spam, third.accountId(), "Publicidade")).isTrue();
        assertThat(discussions.post(spam).orElseThrow()).extracting(p -> p.status(), p -> p.heldFor(), p -> p.reports())
                .containsExactly(PostStatus.HIDDEN, "REPORTS", 3);
        assertThat(log.page(0, 5).getFirst()).extracting(ModerationLog.Entry::action, ModerationLog.Entry::moderatorName)
                .containsExactly(ModerationLog.Action.HIDDEN_BY_REPORTS, null);
    }

    @Test
    void aModeratorDecidesWithAReasonTheAuthorIsToldOf() throws Exception {
        SignedInUser author = support.trusted(group, support.companyUser("Autor", Country.PT, "4000-001", Language.PT), discussion);
        long post = community.reply(discussion, authors.of(author), "Texto duvidoso", Language.PT, null);
        SignedInUser moderator = support.companyUser("Moderadora", Country.ES, "28001", Language.ES);
        support.member(group, moderator);
        community.appoint(group, moderator.accountId(), true, admin);

        assertThatThrownBy(() -> community.decide(post, Community.Decision.HIDE, " ", moderator))
                .isInstanceOf(CommunityRefused.class).hasMessage("community.refused.reason");
        community.decide(post, Community.Decision.HIDE, "Fuera de tema", moderator);
        assertThat(discussions.post(post).orElseThrow().status()).isEqualTo(PostStatus.HIDDEN);
        // the first notice told of the approval of the first post
        var notice = OutboxMails.await(outbox, author.email(), 2);
        assertThat(notice.subject()).contains("Moderação");
        assertThat(notice.text()).contains("Fuera de tema").contains("Ocultada");

        community.decide(post, Community.Decision.RESTORE, "Revisado", moderator);
        assertThat(discussions.post(post).orElseThrow().status()).isEqualTo(PostStatus.VISIBLE);
        community.decide(post, Community.Decision.DELETE, "Datos personales", moderator);
        assertThat(discussions.post(post).orElseThrow()).extracting(p -> p.status(), p -> p.body())
                .containsExactly(PostStatus.DELETED, "");
        assertThat(log.page(0, 3)).extracting(ModerationLog.Entry::action).containsExactly(
                ModerationLog.Action.DELETE, ModerationLog.Action.RESTORE, ModerationLog.Action.HIDE);
        OutboxMails.await(outbox, author.email(), 4);
    }

    @Test
    void aModeratorOfOneGroupCannotModerateAnother() {
        SignedInUser moderator = support.person("Moderator", Role.ASSOCIATED_STRUCTURE, null, Language.EN);
        support.member(group, moderator);
        community.appoint(group, moderator.accountId(), true, admin);
        long otherGroup = support.group(true);
        SignedInUser staff = support.person("Advisor", Role.ADVISOR, "cybermassif", Language.FR);
        support.member(otherGroup, staff);
        long elsewhere = community.startDiscussion(otherGroup, authors.of(staff),
                new Community.NewDiscussion("Ailleurs", "Texte", Language.FR, null));
        long post = discussions.opening(elsewhere).orElseThrow().id();

        assertThat(community.moderates(group, moderator)).isTrue();
        assertThat(community.moderates(otherGroup, moderator)).isFalse();
        assertThatThrownBy(() -> community.decide(post, Community.Decision.HIDE, "No", moderator))
                .isInstanceOf(CommunityRefused.class).hasMessage("community.refused.notModerator");
        assertThatThrownBy(() -> community.mute(otherGroup, staff.accountId(), 3, "No", moderator))
                .isInstanceOf(CommunityRefused.class).hasMessage("community.refused.notModerator");
        assertThat(discussions.post(post).orElseThrow().status()).isEqualTo(PostStatus.VISIBLE);
    }

    @Test
    void aMutedMemberCannotPostInTheGroupForAWhile() {
        SignedInUser member = support.trusted(group, support.companyUser("Member", Country.FR, "63000", Language.FR), discussion);
        community.mute(group, member.accountId(), 2, "Insultes", admin);
        assertThatThrownBy(() -> community.reply(discussion, authors.of(member), "Encore", Language.FR, null))
                .isInstanceOf(CommunityRefused.class).hasMessage("community.refused.muted");
        assertThat(log.page(0, 1).getFirst().action()).isEqualTo(ModerationLog.Action.MUTE);
    }
}
