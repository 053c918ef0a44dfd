package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
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

import java.util.ArrayList;
import java.util.List;

/**
 * In demo mode ({@code cybersudoe.demo=true}), one account per role, and a manager and an
 * advisor per partner, all with the same published password; listed on the sign-in page.
 */
@Component
public class DemoAccounts {

    public static final String PASSWORD = "demo-cybersudoe";
    static final String DOMAIN = "@demo.cybersudoe.eu";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final boolean enabled;
    private final Accounts accounts;
    private final AccountService service;
    private final Network network;
    private final PasswordEncoder passwords;

    DemoAccounts(@Value("${cybersudoe.demo:false}") boolean enabled, Accounts accounts, AccountService service,
                 Network network, PasswordEncoder passwords) {
        this.enabled = enabled;
        this.accounts = accounts;
        this.service = service;
        this.network = network;
        this.passwords = passwords;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Whether the address is one of the demo accounts', in demo mode. */
    public boolean isDemoAccount(String email) {
        return enabled && email != null && email.endsWith(DOMAIN);
    }

    /**
     * A demo account as the sign-in page lists it.
     *
     * @param email     its address
     * @param role      its role
     * @param partnerId its partner, or null
     * @param partnerName the partner's short name, or null
     */
    public record Listed(String email, Role role, String partnerId, String partnerName) {
    }

    /** The demo accounts, in the order the sign-in page lists them. */
    public List<Listed> listing() {
        Partner lead = network.leadPartner();
        List<Listed> all = new ArrayList<>();
        all.add(new Listed("admin" + DOMAIN, Role.NETWORK_ADMIN, lead.id().value(), lead.shortName()));
        for (Partner partner : network.partners()) {
            String id = partner.id().value();
            all.add(new Listed("manager." + id + DOMAIN, Role.PARTNER_MANAGER, id, partner.shortName()));
            all.add(new Listed("advisor." + id + DOMAIN, Role.ADVISOR, id, partner.shortName()));
        }
        for (Role role : List.of(Role.CONTROLLER, Role.EVALUATOR, Role.PROGRAMME_OFFICER, Role.ASSOCIATED_STRUCTURE, Role.COMPANY_USER)) {
            all.add(new Listed(role.name().toLowerCase().replace('_', '-') + DOMAIN, role, null, null));
        }
        return all;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void create() {
        if (!enabled) {
            return;
        }
        String hash = passwords.encode(PASSWORD);
        int created = 0;
        for (Listed demo : listing()) {
            if (accounts.findByEmail(demo.email()).isEmpty()) {
                service.createConfirmed(demo.email(), displayName(demo), hash, demo.role(), demo.partnerId(),
                        demo.partnerId() == null ? Language.EN : network.partner(new eu.cybersudoe.network.PartnerId(demo.partnerId()))
                                .map(p -> p.country().language()).orElse(Language.EN));
                created++;
            }
        }
        log.info("Demo mode: {} demo accounts created, password '{}'", created, PASSWORD);
    }

    private static String displayName(Listed demo) {
        String role = demo.role().name().charAt(0) + demo.role().name().substring(1).toLowerCase().replace('_', ' ');
        return demo.partnerId() == null ? "Demo " + role : "Demo " + role + " (" + demo.partnerId() + ")";
    }
}
