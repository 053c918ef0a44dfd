package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

/** The stored accounts. */
public interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String normalisedEmail);

    boolean existsByRole(Role role);

    List<Account> findByPartnerId(String partnerId);

    List<Account> findByRoleNot(Role role);

    List<Account> findByRole(Role role);
}
