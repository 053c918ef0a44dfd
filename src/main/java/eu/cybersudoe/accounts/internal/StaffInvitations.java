package eu.cybersudoe.accounts.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

/** The stored invitations. */
interface StaffInvitations extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** The same, locked until the transaction ends, so that a link is used only once even by two clicks at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.tokenHash = ?1")
    Optional<Invitation> lockByTokenHash(String tokenHash);

    @Query("select i from Invitation i where i.acceptedAt is null and i.revokedAt is null and i.email = ?1")
    List<Invitation> findOpenByEmail(String normalisedEmail);

    @Query("select i from Invitation i where i.acceptedAt is null and i.revokedAt is null order by i.sentAt desc")
    List<Invitation> findOpen();

    @Query("select i from Invitation i where i.acceptedAt is null and i.revokedAt is null and i.partnerId = ?1 order by i.sentAt desc")
    List<Invitation> findOpenOfPartner(String partnerId);
}
