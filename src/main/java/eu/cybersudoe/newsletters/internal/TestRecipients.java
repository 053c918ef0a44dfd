package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.accounts.StaffMember;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may receive test copies of an issue: the addresses of staff accounts (every partner's staff,
 * and the person sending the test), and the addresses a network admin listed for the issue
 * ({@code newsletter_test_address}). A test copy is the whole issue before it is approved: it must
 * not become a way to send the newsletter to anyone.
 */
@Component
public class TestRecipients {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Network network;
    private final Clock clock;

    TestRecipients(JdbcClient jdbc, StaffDirectory staff, Network network, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.network = network;
        this.clock = clock;
    }

    /** The addresses among {@code addresses} that may not receive test copies of the issue. */
    public List<String> refusedAmong(long issueId, List<String> addresses, String sendersAddress) {
        Set<String> allowed = new HashSet<>(listOf(issueId).stream().map(Audience::key).toList());
        for (Partner partner : network.partners()) {
            for (StaffMember member : staff.staffOf(partner.id().value())) {
                allowed.add(Audience.key(member.email()));
            }
        }
        if (sendersAddress != null) {
            allowed.add(Audience.key(sendersAddress));
        }
        return addresses.stream().filter(address -> !allowed.contains(Audience.key(address))).toList();
    }

    /** The issue's test list, in the order of the addresses. */
    public List<String> listOf(long issueId) {
        return jdbc.sql("select email from newsletter_test_address where issue_id = ? order by email_key").param(issueId)
                .query(String.class).list();
    }

    /** Replaces the issue's test list (a network admin's choice). */
    @Transactional
    public void replace(long issueId, List<String> addresses, long accountId) {
        jdbc.sql("delete from newsletter_test_address where issue_id = ?").param(issueId).update();
        Set<String> keys = new HashSet<>();
        for (String address : addresses) {
            if (keys.add(Audience.key(address))) {
                jdbc.sql("insert into newsletter_test_address (issue_id, email_key, email, added_by, added_at) values (?, ?, ?, ?, ?)")
                        .params(issueId, Audience.key(address), address.strip(), accountId, Timestamp.from(clock.instant()))
                        .update();
            }
        }
    }
}
