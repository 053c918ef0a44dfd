package eu.cybersudoe.newsletters.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The links of the issues, each address once per issue, numbered: a tracked link carries only
 * the number, and its redirect reads the address here, so that it cannot lead anywhere else.
 */
@Component
class IssueLinks {

    /** A link of an issue. */
    record Link(long id, long issueId, String url) {
    }

    private record Key(long issueId, String url) {
    }

    private final JdbcClient jdbc;
    private final Map<Key, Long> ids = new ConcurrentHashMap<>();
    private final Map<Long, Link> links = new ConcurrentHashMap<>();

    IssueLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of the issue's link to the address, given at its first use. */
    long idOf(long issueId, String url) {
        return ids.computeIfAbsent(new Key(issueId, url), key -> {
            jdbc.sql("insert into newsletter_link (issue_id, url) values (?, ?) on conflict do nothing")
                    .params(issueId, url).update();
            return jdbc.sql("select id from newsletter_link where issue_id = ? and url = ?").params(issueId, url)
                    .query(Long.class).single();
        });
    }

    /** The link with this number. */
    Optional<Link> find(long id) {
        Link known = links.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Link> found = jdbc.sql("select id, issue_id, url from newsletter_link where id = ?").param(id)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional();
        found.ifPresent(link -> links.put(id, link));
        return found;
    }
}
