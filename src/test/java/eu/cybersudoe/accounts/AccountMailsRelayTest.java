package eu.cybersudoe.accounts;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.accounts.internal.SignInRecords;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.RelayOutageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new password is kept while the relay is down, and the notice that it changed goes once the
 * relay is back; a reset link is made only when its message goes.
 */
@DatabaseTest
class AccountMailsRelayTest extends RelayOutageTest {

    static final SignInRecords.Origin NOWHERE = new SignInRecords.Origin("10.0.0.9", "");

    @Autowired
    AccountService accounts;

    @Test
    void aPasswordChangeStaysWhileTheRelayIsDownAndItsNoticeGoesOnceTheRelayIsBack() {
        Instant start = Instant.now().minusSeconds(1);
        String email = "password-" + UUID.randomUUID() + "@example.org";
        long id = accounts.createConfirmed(email, "Ana García", "{noop}the first long password", Role.COMPANY_USER, null,
                Language.ES).id();

        assertThat(accounts.changePassword(id, "the first long password", "the second long password", NOWHERE)).isTrue();
        failed("AccountMails.on", start);

        RELAY.start();
        publications.resubmitFailed();

        delivered(email, "AccountMails.on", start);
        assertThat(RELAY.subjectsTo(email)).containsExactly("Se ha cambiado su contraseña de CyberSudoe");
        assertThat(accounts.changePassword(id, "the second long password", "the third long password", NOWHERE))
                .as("the relay outage did not undo the change").isTrue();
    }
}
