package eu.cybersudoe.community.internal;

import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.accounts.StaffMember;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * In demo mode ({@code cybersudoe.demo=true}), when the community is empty: the demo advisors of
 * a French, a Spanish and a Portuguese partner join every theme group and talk there in their
 * languages (and the network admin in English), so that most discussions are cross-border; one
 * exchange per group has an answer marked as the one that helped; a spam reply is hidden by
 * three reports and deleted by a moderator with a reason, another is hidden then restored. The
 * first group's discussion is a long one ({@value #LONG_THREAD} posts), as the page benchmark reads it.
 * Posts are written in the tables directly, moderation goes through its real moves.
 */
@Component
class DemoCommunity {

    private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

    /** The number of posts of the first group's discussion. */
    static final int LONG_THREAD = 200;

    /** Opening texts and replies in each language (the title is the first line). */
    private static final Map<Language, List<String>> TEXTS = Map.of(
            Language.FR, List.of("Comment sensibiliser nos salariés ?\nNous cherchons un format court pour une équipe de 12 personnes. Des idées ?",
                    "Chez nous, un atelier d'une heure par trimestre a bien marché, avec des exemples réels de **phishing**."),
            Language.ES, List.of("¿Qué herramienta usar para las copias de seguridad?\nSomos una pyme de 20 personas y dudamos entre varias soluciones.",
                    "Nosotros aplicamos la regla 3-2-1: tres copias, dos soportes, una fuera de la oficina."),
            Language.PT, List.of("Como preparar um plano de continuidade?\nGostaríamos de partilhar o nosso modelo e receber comentários.",
                    "Recomendo começar pelos processos críticos e testar o plano uma vez por ano."),
            Language.EN, List.of("Sharing our experience with two-factor sign-in\nWe rolled it out to every account in three weeks; here is what we learnt.",
                    "Thank you: the tip about recovery codes saved us time."));

    private final boolean enabled;
    private final Groups groups;
    private final Discussions discussions;
    private final Community community;
    private final Network network;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCommunity(@Value("${cybersudoe.demo:false}") boolean enabled, Groups groups, Discussions discussions, Community community,
                  Network network, StaffDirectory staff, JdbcClient jdbc, Clock clock) {
        this.enabled = enabled;
        this.groups = groups;
        this.discussions = discussions;
        this.community = community;
        this.network = network;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(70)
    @Transactional
    public void create() {
        if (!enabled || jdbc.sql("select count(*) from community_discussion").query(Long.class).single() > 0) {
            return;
        }
        List<Author> voices = voices();
        if (voices.size() < 3) {
            log.info("Demo mode: no demo community (advisors of three countries missing)");
            return;
        }
        Instant start = clock.instant().minus(Duration.ofDays(20));
        int made = 0;
        List<Group> all = groups.all();
        for (int g = 0; g < all.size(); g++) {
            Group group = all.get(g);
            for (Author voice : voices) {
                groups.putMember(group.id(), voice.accountId(), voice.name(), Membership.Status.ACTIVE, voice == voices.getFirst(), start);
            }
            Author opener = voices.get(g % voices.size());
            Instant at = start.plus(Duration.ofHours(g * 7L));
            long discussion = open(group, opener, at, g % 2 == 1);
            long firstReply = 0;
            for (int r = 1; r <= 2; r++) {
                Author replier = voices.get((g + r) % voices.size());
                long post = discussions.insertPost(discussion, replier, replier.language().code(),
                        TEXTS.get(replier.language()).get(1), null, PostStatus.VISIBLE, null, at.plus(Duration.ofHours(r)));
                firstReply = firstReply == 0 ? post : firstReply;
            }
            discussions.touch(discussion, at.plus(Duration.ofHours(2)));
            if (g % 2 == 1) {
                discussions.markHelped(discussion, firstReply, at.plus(Duration.ofHours(3)));
            }
            made++;
        }
        lengthen(all.getFirst(), voices, start);
        moderate(all.getFirst(), voices, start);
        log.info("Demo mode: {} demo discussions created", made);
    }

    private long open(Group group, Author opener, Instant at, boolean exchange) {
        String[] text = TEXTS.get(opener.language()).get(0).split("\n", 2);
        long discussion = discussions.insert(new Discussion(0, group.id(), null, null,
                exchange ? Discussion.Kind.EXCHANGE : Discussion.Kind.DISCUSSION, text[0],
                exchange ? Discussion.ExchangeKind.EXPERIENCE : null, group.themeCode(), opener.country(), null, null,
                opener.accountId(), opener.partnerId(), opener.language().code(), null, null, at, at));
        discussions.insertPost(discussion, opener, opener.language().code(), text[1], null, PostStatus.VISIBLE, null, at);
        return discussion;
    }

    /** Brings the first group's discussion to {@value #LONG_THREAD} posts, the voices answering in turn. */
    private void lengthen(Group group, List<Author> voices, Instant start) {
        long discussion = firstDiscussion(group);
        int posts = discussions.posts(discussion).size();
        for (int i = posts; i < LONG_THREAD; i++) {
            Author voice = voices.get(i % voices.size());
            discussions.insertPost(discussion, voice, voice.language().code(), TEXTS.get(voice.language()).get(1), null,
                    PostStatus.VISIBLE, null, start.plus(Duration.ofMinutes(180 + i)));
        }
    }

    private long firstDiscussion(Group group) {
        return jdbc.sql("select min(id) from community_discussion where group_id = ?").param(group.id()).query(Long.class).single();
    }

    /** A spam reply hidden by three reports then deleted with a reason; another post hidden, then restored. */
    private void moderate(Group group, List<Author> voices, Instant start) {
        long discussion = firstDiscussion(group);
        Author spammer = voices.getLast();
        long spam = discussions.insertPost(discussion, spammer, "en", "Cheap followers at https://spam.example", null,
                PostStatus.VISIBLE, null, start.plus(Duration.ofDays(1)));
        for (Author reporter : voices.subList(0, voices.size() - 1)) {
            community.report(spam, reporter.accountId(), "Spam");
        }
        SignedInUser admin = admin();
        community.report(spam, admin.accountId(), "Spam");
        community.decide(spam, Community.Decision.DELETE, "Advertising is not allowed in the groups.", admin);
        long other = discussions.opening(discussion).orElseThrow().id();
        community.decide(other, Community.Decision.HIDE, "Checking a link.", admin);
        community.decide(other, Community.Decision.RESTORE, "The link is fine.", admin);
    }

    private SignedInUser admin() {
        Partner lead = network.leadPartner();
        StaffMember member = staff.staffOf(lead.id().value()).stream().filter(s -> s.role() == Role.NETWORK_ADMIN).findFirst()
                .orElseGet(() -> staff.staffOf(lead.id().value()).getFirst());
        return new SignedInUser(member.accountId(), member.email(), member.displayName(), Role.NETWORK_ADMIN, lead.id().value(),
                Language.EN, true, "{noop}demo");
    }

    /** A demo advisor of the first partner of each country, writing in its language, and the admin in English. */
    private List<Author> voices() {
        List<Author> voices = new ArrayList<>();
        for (eu.cybersudoe.network.Country country : eu.cybersudoe.network.Country.values()) {
            network.partners().stream().filter(p -> p.country() == country).findFirst().flatMap(p -> staff.staffOf(p.id().value())
                            .stream().filter(s -> s.role() == Role.ADVISOR).findFirst()
                            .map(s -> new Author(s.accountId(), s.displayName(), Role.ADVISOR, country.language(), null,
                                    p.id().value(), country.name(), null)))
                    .ifPresent(voices::add);
        }
        return voices;
    }
}
