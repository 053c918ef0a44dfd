package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Registry data and issues for the delivery tests, kept apart from everything else in the
 * database: the contacts' addresses share a domain no other test uses, and each issue goes to a
 * segment that finds only those contacts.
 */
final class NewsletterFixture {

    static final String PARTNER = "cybermassif";

    final String domain = "nl" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + ".example";
    private final JdbcClient jdbc;
    private final Issues issues;
    private final Programme programme;
    private Long segment;

    NewsletterFixture(JdbcClient jdbc, Issues issues, Programme programme) {
        this.jdbc = jdbc;
        this.issues = issues;
        this.programme = programme;
    }

    /** The address {@code local@} this fixture's domain. */
    /** Cancels what other tests left being sent, which this test's workers would otherwise pick up. */
    static void cancelOthersInFlight(JdbcClient jdbc) {
        jdbc.sql("update newsletter_send set state = 'CANCELLED' where state in ('PENDING', 'DEFERRED', 'SENDING')").update();
        jdbc.sql("update newsletter_issue set state = 'CANCELLED' where state in ('SENDING', 'PAUSED', 'SCHEDULED')").update();
    }

    String email(String local) {
        return local + "@" + domain;
    }

    /** A company of the country brought by the partner, with one contact; returns the organisation. */
    long company(String country, String local, String firstName, String language, boolean consent) {
        Timestamp now = Timestamp.from(Instant.now());
        String name = "Newsletter test " + local + " " + domain;
        jdbc.sql("insert into organisation (kind, legal_name, name_key, country, woman_led, micro, priority_sector, "
                        + "young_woman_led, tags, created_at, updated_at, version) values ('COMPANY', ?, ?, ?, false, false, "
                        + "false, false, '', ?, ?, 0)")
                .params(name, name.toLowerCase(), country, now, now).update();
        long organisation = jdbc.sql("select id from organisation where legal_name = ?").param(name).query(Long.class).single();
        jdbc.sql("insert into organisation_partner (organisation_id, partner_id, relation, since) values (?, ?, 'BROUGHT', ?)")
                .params(organisation, PARTNER, now).update();
        String email = email(local);
        jdbc.sql("insert into contact (organisation_id, first_name, email, email_key, language, newsletter_consent, "
                        + "invitation_consent, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, false, ?, ?, 0)")
                .params(organisation, firstName, email, email.toLowerCase(), language, consent, now, now).update();
        return organisation;
    }

    /** A segment of the partner finding this fixture's contacts only. */
    long segment() {
        if (segment != null) {
            return segment;
        }
        String name = "segment " + domain;
        jdbc.sql("insert into segment (partner_id, name, criteria, created_by, created_at) values (?, ?, ?, null, ?)")
                .params(PARTNER, name, "{\"q\":\"@" + domain + "\"}", Timestamp.from(Instant.now())).update();
        segment = jdbc.sql("select id from segment where name = ?").param(name).query(Long.class).single();
        return segment;
    }

    /** A draft issue with a number of its own, going to this fixture's segment, with the variants. */
    long issue(List<Language> languages) {
        int number = 1000 + ThreadLocalRandom.current().nextInt(1_000_000);
        while (!issues.add(number, LocalDate.of(2026, 12, 15), Instant.now())) {
            number++;
        }
        int issueNumber = number;
        long id = issues.programme().stream().filter(i -> i.number() == issueNumber).findFirst().orElseThrow().id();
        for (Language language : languages) {
            Map<String, String> errors = programme.saveVariant(id, variant(language));
            if (!errors.isEmpty()) {
                throw new IllegalStateException(errors.toString());
            }
        }
        programme.plan(id, segment(), LocalDate.of(2026, 12, 15));
        return id;
    }

    /** An issue approved and launched; returns its id. */
    long launched(List<Language> languages) {
        long id = issue(languages);
        Programme.Outcome approved = programme.approve(id, 1L);
        if (!approved.done()) {
            throw new IllegalStateException(approved.messageKey());
        }
        Programme.Outcome launched = programme.launchNow(id, java.util.Set.of(Language.values()), 1L);
        if (!launched.done()) {
            throw new IllegalStateException(launched.messageKey());
        }
        return id;
    }

    static Variant variant(Language language) {
        return new Variant(language, "Subject " + language.code() + " – cybersécurité", "Preheader " + language.code(),
                "# Title " + language.code() + "\n\nBody in **" + language.code() + "** with [a link](https://example.org/"
                        + language.code() + ").\n\n.dot at the start of a line\n\n<script>alert(1)</script>",
                "Guide | https://example.org/guide | The guide\nEvents | https://example.org/events");
    }

    String state(long issueId, String local) {
        return jdbc.sql("select state from newsletter_send where issue_id = ? and email_key = ?")
                .params(issueId, email(local).toLowerCase()).query(String.class).single();
    }

    String column(long issueId, String local, String column) {
        return jdbc.sql("select " + column + " from newsletter_send where issue_id = ? and email_key = ?")
                .params(issueId, email(local).toLowerCase()).query(String.class).single();
    }

    /** Makes every deferred record of the issue due now, as if its back-off had passed. */
    void backOffPassed(long issueId) {
        jdbc.sql("update newsletter_send set next_attempt_at = ? where issue_id = ? and state = 'DEFERRED'")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), issueId).update();
    }
}
