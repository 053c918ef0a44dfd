package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.companies.PartnerCompanies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an issue achieved: copies delivered, readers who clicked (and opened, where the pixel is
 * on), unsubscriptions, copies that bounced, overall and by language, country and the partner that brought the
 * recipient's company, and the clicks of each link. Clicks without individual tracking count by
 * language and country only.
 */
@Component
public class IssueReport {

    /** The figures of one group of recipients (all, a language, a country or a partner). */
    public record Line(String key, long delivered, long clickers, long openers, long unsubscribed, long bounced) {

        public double clickRate() {
            return rate(clickers);
        }

        public double openRate() {
            return rate(openers);
        }

        public double unsubscribeRate() {
            return rate(unsubscribed);
        }

        public double bounceRate() {
            return rate(bounced);
        }

        private double rate(long part) {
            return delivered == 0 ? 0 : Math.round(10_000.0 * part / delivered) / 100.0;
        }
    }

    /** The clicks of one link. */
    public record LinkClicks(String url, long clicks, long clickers) {
    }

    /**
     * The report.
     *
     * @param total      the whole issue ({@code key} is empty)
     * @param clicks     every click, repeated ones included
     * @param byLanguage by the variant's language
     * @param byCountry  by the recipient organisation's country
     * @param byPartner  by the partner that brought the recipient's company
     * @param links      by link, most clicked first
     */
    public record Report(Line total, long clicks, List<Line> byLanguage, List<Line> byCountry, List<Line> byPartner,
                         List<LinkClicks> links) {
    }

    private final JdbcClient jdbc;
    private final PartnerCompanies partners;

    IssueReport(JdbcClient jdbc, PartnerCompanies partners) {
        this.jdbc = jdbc;
        this.partners = partners;
    }

    public Report of(long issueId) {
        Line whole = lines(issueId, "s.issue_id", "e.issue_id").get(String.valueOf(issueId));
        Line total = whole == null ? new Line("", 0, 0, 0, 0, 0)
                : new Line("", whole.delivered(), whole.clickers(), whole.openers(), whole.unsubscribed(), whole.bounced());
        long clicks = jdbc.sql("select count(*) from newsletter_event where issue_id = ? and kind = 'CLICK'").param(issueId)
                .query(Long.class).single();
        List<LinkClicks> links = jdbc.sql("""
                        select l.url, count(*), count(distinct coalesce(e.send_id, -e.id)) from newsletter_event e
                        join newsletter_link l on l.id = e.link_id
                        where e.issue_id = ? and e.kind = 'CLICK' group by l.url order by count(*) desc, l.url""")
                .param(issueId).query((rs, n) -> new LinkClicks(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        return new Report(total, clicks, list(lines(issueId, "s.language", "coalesce(s.language, e.language)")),
                list(lines(issueId, "s.country", "coalesce(s.country, e.country)")),
                list(byPartner(lines(issueId, "s.company_id", "s.company_id"))), links);
    }

    /**
     * The companies' figures added up for each partner that brought them (a company brought by two
     * partners counts for each), as the registry's provenance says now.
     */
    private Map<String, Line> byPartner(Map<String, Line> byCompany) {
        Map<String, long[]> counts = new TreeMap<>();
        partners.forEachBrought((company, partner) -> {
            Line line = byCompany.get(company.toString());
            if (line != null) {
                long[] sums = counts.computeIfAbsent(partner, k -> new long[5]);
                sums[0] += line.delivered();
                sums[1] += line.clickers();
                sums[2] += line.openers();
                sums[3] += line.unsubscribed();
                sums[4] += line.bounced();
            }
        });
        return lines(counts);
    }

    /** The figures grouped by a key read from the send record ({@code key}) or from the event ({@code eventKey}). */
    private Map<String, Line> lines(long issueId, String key, String eventKey) {
        Map<String, long[]> counts = new TreeMap<>();
        jdbc.sql("select " + key + ", count(*) from newsletter_send s"
                        + " where s.issue_id = ? and s.state = 'DELIVERED' group by " + key)
                .param(issueId).query(rs -> {
                    counts.computeIfAbsent(keyOf(rs.getString(1)), k -> new long[5])[0] = rs.getLong(2);
                });
        jdbc.sql("select " + eventKey + ", e.kind, count(distinct coalesce(e.send_id, -e.id)) from newsletter_event e"
                        + " left join newsletter_send s on s.id = e.send_id"
                        + " where e.issue_id = ? group by " + eventKey + ", e.kind")
                .param(issueId).query(rs -> {
                    counts.computeIfAbsent(keyOf(rs.getString(1)), k -> new long[5])["CLICK".equals(rs.getString(2)) ? 1 : 2]
                            = rs.getLong(3);
                });
        jdbc.sql("select " + key + ", count(*) from newsletter_unsubscribe u join newsletter_send s on s.issue_id = u.issue_id "
                        + "and s.email_key = u.email_key where u.issue_id = ? group by " + key)
                .param(issueId).query(rs -> {
                    counts.computeIfAbsent(keyOf(rs.getString(1)), k -> new long[5])[3] = rs.getLong(2);
                });
        jdbc.sql("select " + key + ", count(distinct b.send_id) from newsletter_bounce b join newsletter_send s on s.id = b.send_id"
                        + " where b.issue_id = ? and b.kind in ('HARD', 'SOFT') group by " + key)
                .param(issueId).query(rs -> {
                    counts.computeIfAbsent(keyOf(rs.getString(1)), k -> new long[5])[4] = rs.getLong(2);
                });
        return lines(counts);
    }

    private static Map<String, Line> lines(Map<String, long[]> counts) {
        Map<String, Line> lines = new TreeMap<>();
        counts.forEach((k, c) -> lines.put(k, new Line(k, c[0], c[1], c[2], c[3], c[4])));
        return lines;
    }

    private static String keyOf(String value) {
        return value == null ? "" : value;
    }

    private static List<Line> list(Map<String, Line> lines) {
        return new ArrayList<>(lines.values());
    }
}
