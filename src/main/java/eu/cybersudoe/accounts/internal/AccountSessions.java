package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.security.SessionValidity;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * A session lasts only while its account is as it was at sign-in: deactivated, given another
 * role, partner or extra partner, the person is signed out at their next request and signs in
 * again with what they now may do. A new password ends every session opened before it, except the
 * one that changed it, which is stamped with the same moment. The account row is read at every
 * request, so this holds on every node. An account that no longer exists has no sessions to end here.
 */
@Component
class AccountSessions implements SessionValidity {

    private final JdbcClient jdbc;

    AccountSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isCurrent(SignedInUser user, Instant sessionStart) {
        return jdbc.sql("select deactivated_at, access_changed_at, sessions_ended_at from account where id = ?")
                .param(user.accountId())
                .query((rs, n) -> rs.getTimestamp(1) == null
                        && (sessionStart == null || rs.getTimestamp(2) == null || rs.getTimestamp(2).toInstant().isBefore(sessionStart))
                        && (rs.getTimestamp(3) == null || sessionStart != null && !sessionStart.isBefore(rs.getTimestamp(3).toInstant())))
                .optional().orElse(true);
    }
}
