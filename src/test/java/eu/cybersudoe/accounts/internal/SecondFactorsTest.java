package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Who must set up a second factor: network admins and controllers, except the demo accounts in demo mode. */
class SecondFactorsTest {

    @Test
    void networkAdminsAndControllersMustOthersMayNot() {
        SecondFactors factors = factors(false);
        assertThat(factors.mustSetUp(account("admin@example.org", Role.NETWORK_ADMIN))).isTrue();
        assertThat(factors.mustSetUp(account("control@example.org", Role.CONTROLLER))).isTrue();
        assertThat(factors.mustSetUp(account("manager@example.org", Role.PARTNER_MANAGER))).isFalse();
        assertThat(factors.mustSetUp(account("company@example.org", Role.COMPANY_USER))).isFalse();
    }

    @Test
    void demoAdminsAndControllersAreExemptOnlyInDemoMode() {
        Account demoAdmin = account("admin" + DemoAccounts.DOMAIN, Role.NETWORK_ADMIN);
        Account demoController = account("controller" + DemoAccounts.DOMAIN, Role.CONTROLLER);
        assertThat(factors(true).mustSetUp(demoAdmin)).isFalse();
        assertThat(factors(true).mustSetUp(demoController)).isFalse();
        assertThat(factors(true).mustSetUp(account("admin@example.org", Role.NETWORK_ADMIN))).isTrue();
        assertThat(factors(false).mustSetUp(demoAdmin)).as("the same address outside demo mode").isTrue();
    }

    @Test
    void theAppLinkNamesTheIssuerAndTheAccount() {
        assertThat(factors(false).appLink("JBSWY3DPEHPK3PXP", "ana@example.org"))
                .isEqualTo("otpauth://totp/CyberSudoe%3Aana%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=CyberSudoe&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recoveryCodesAreComparedWithoutCaseSpacesOrDashes() {
        assertThat(SecondFactors.hash("ABCD-efgh ijkl-MNOP")).isEqualTo(SecondFactors.hash("abcdefghijklmnop")).hasSize(64);
    }

    private static SecondFactors factors(boolean demoMode) {
        return new SecondFactors(null, null, null, new DemoAccounts(demoMode, null, null, null, null), null, Clock.systemUTC());
    }

    private static Account account(String email, Role role) {
        return TestAccounts.account(email, "Someone", role, role.isPartnerStaff() ? "cybermassif" : null, Language.EN);
    }
}
