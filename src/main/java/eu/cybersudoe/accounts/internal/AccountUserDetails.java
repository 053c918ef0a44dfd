package eu.cybersudoe.accounts.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import eu.cybersudoe.shared.security.SignedInUser;

import java.time.Clock;

/** Signs people in with their account; unconfirmed accounts are refused until confirmed. */
@Component
class AccountUserDetails implements UserDetailsService {

    private final Accounts accounts;
    private final PartnerGrants grants;
    private final AccountRoles roles;
    private final Clock clock;

    AccountUserDetails(Accounts accounts, PartnerGrants grants, AccountRoles roles, Clock clock) {
        this.accounts = accounts;
        this.grants = grants;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(Account.normalise(email)).map(account -> account.toSignedInUser(grants.of(account.id()), roles.allOf(account)))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @EventListener
    @Transactional
    public void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            accounts.findById(user.accountId()).ifPresent(account -> account.signedIn(clock.instant()));
        }
    }
}
