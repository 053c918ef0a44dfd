package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys kept in Spring Security's tables, on H2 and PostgreSQL: one stored the way the
 * relying party stores it counts as the account's second factor, is listed to its owner, is
 * removed only by its owner's own id, and goes with a network admin's factor reset; removals and
 * resets are recorded with where they came from. (Creating and using one through a browser is
 * {@code PasskeyBrowserTest}.)
 */
@DatabaseTest
class PasskeyStorageTest {

    static final SignInRecords.Origin FROM = new SignInRecords.Origin("10.0.9.9", "Test browser");

    @Autowired
    AccountService accounts;
    @Autowired
    Passkeys passkeys;
    @Autowired
    SecondFactors factors;
    @Autowired
    SignInSecurity security;
    @Autowired
    SignInRecords records;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStoredPasskeyIsTheAccountsSecondFactorAndOnlyItsOwnerRemovesIt() {
        Account controller = account("owner", Role.CONTROLLER);
        assertThat(factors.hasOne(controller.id())).isFalse();
        String id = store(controller, "Clé USB");

        assertThat(factors.hasOne(controller.id())).isTrue();
        assertThat(factors.hasCode(controller.id())).isFalse();
        assertThat(passkeys.of(controller.email())).singleElement().satisfies(line -> {
            assertThat(line.id()).isEqualTo(id);
            assertThat(line.label()).isEqualTo("Clé USB");
        });

        Account other = account("other", Role.ADVISOR);
        assertThat(passkeys.remove(other.id(), other.email(), id, null, FROM)).as("another account's passkey").isFalse();
        assertThat(passkeys.of(controller.email())).hasSize(1);

        assertThat(passkeys.remove(controller.id(), controller.email(), id, null, FROM)).isTrue();
        assertThat(passkeys.of(controller.email())).isEmpty();
        assertThat(factors.hasOne(controller.id())).isFalse();
        assertThat(records.of(controller.id(), 5)).first().satisfies(line -> {
            assertThat(line.outcome()).isEqualTo(SignInOutcome.PASSKEY_REMOVED);
            assertThat(line.address()).isEqualTo("10.0.9.9");
            assertThat(line.userAgent()).isEqualTo("Test browser");
        });
    }

    @Test
    void aNetworkAdminsResetRemovesThePasskeys() {
        Account controller = account("lost", Role.CONTROLLER);
        store(controller, "Téléphone");
        store(controller, "Ordinateur");
        Account admin = account("admin", Role.NETWORK_ADMIN);

        assertThat(security.resetSecondFactor(controller.email(), admin.id(), FROM)).isTrue();

        assertThat(passkeys.of(controller.email())).isEmpty();
        assertThat(factors.hasOne(controller.id())).isFalse();
        assertThat(records.of(controller.id(), 5)).first().satisfies(line -> {
            assertThat(line.outcome()).isEqualTo(SignInOutcome.SECOND_FACTOR_RESET);
            assertThat(line.byEmail()).isEqualTo(admin.email());
            assertThat(line.address()).isEqualTo("10.0.9.9");
        });
    }

    private Account account(String name, Role role) {
        return accounts.createConfirmed(name + "-" + UUID.randomUUID() + "@example.org", name, "{noop}a long enough password",
                role, role.isPartnerStaff() ? "cybermassif" : null, Language.FR);
    }

    /** A passkey stored as Spring Security's relying party stores one it accepted. */
    private String store(Account account, String label) {
        JdbcPublicKeyCredentialUserEntityRepository users = new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
        var user = users.findByUsername(account.email());
        if (user == null) {
            user = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(account.email())
                    .displayName(account.displayName()).build();
            users.save(user);
        }
        Bytes credentialId = Bytes.random();
        new JdbcUserCredentialRepository(jdbc).save(ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY).credentialId(credentialId).userEntityUserId(user.getId())
                .publicKey(new ImmutablePublicKeyCose(Bytes.random().getBytes())).signatureCount(0).uvInitialized(true)
                .transports(Set.of()).backupEligible(false).backupState(false)
                .created(Instant.now().truncatedTo(ChronoUnit.SECONDS)).lastUsed(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .label(label).build());
        return credentialId.toBase64UrlString();
    }
}
