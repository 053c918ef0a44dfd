package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes sure a network admin exists: from ADMIN_EMAIL and ADMIN_PASSWORD, or with a generated
 * password printed once in the log.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final AccountService service;
    private final Network network;
    private final PasswordEncoder passwords;
    private final String email;
    private final String password;

    FirstAdministrator(Accounts accounts, AccountService service, Network network, PasswordEncoder passwords,
                       @Value("${cybersudoe.admin.email:admin@cybersudoe.local}") String email,
                       @Value("${cybersudoe.admin.password:}") String password) {
        this.accounts = accounts;
        this.service = service;
        this.network = network;
        this.passwords = passwords;
        this.email = email;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void ensure() {
        if (accounts.existsByRole(Role.NETWORK_ADMIN) || accounts.findByEmail(Account.normalise(email)).isPresent()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String chosen = generated ? generatePassword() : password;
        service.createConfirmed(email, "Network administrator", passwords.encode(chosen), Role.NETWORK_ADMIN,
                network.leadPartner().id().value(), Language.EN);
        if (generated) {
            log.warn("First network admin created: {} with the generated password {} (shown only this once; change it after signing in)",
                    email, chosen);
        } else {
            log.info("First network admin created: {}", email);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
