package eu.cybersudoe.accounts;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The accounts module started with only the modules it depends on: staff accounts and what other modules read of them. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class AccountsModuleTest {

    @Autowired
    AccountService accounts;
    @Autowired
    StaffDirectory staff;
    @Autowired
    AccountDirectory directory;

    @Test
    void aPartnersStaffAreListedForOtherModules() {
        String email = "module." + UUID.randomUUID() + "@example.org";
        long id = accounts.createConfirmed(email, "Inès Conseillère", "{noop}a-long-password", Role.ADVISOR, "ciebi", Language.PT).id();

        assertThat(staff.staffOf("ciebi")).anySatisfy(member -> assertThat(member.accountId()).isEqualTo(id));
        assertThat(staff.staffOf("cybermassif")).noneSatisfy(member -> assertThat(member.accountId()).isEqualTo(id));
        assertThat(directory.account(id)).hasValueSatisfying(card -> {
            assertThat(card.email()).isEqualTo(email);
            assertThat(card.role()).isEqualTo(Role.ADVISOR);
            assertThat(card.language()).isEqualTo(Language.PT);
        });
    }
}
