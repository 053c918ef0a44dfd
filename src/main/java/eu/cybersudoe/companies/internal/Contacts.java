package eu.cybersudoe.companies.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

/** The stored contacts. */
interface Contacts extends JpaRepository<Contact, Long> {

    Optional<Contact> findByEmailKey(String emailKey);

    List<Contact> findByOrganisationIdOrderByLastNameAscFirstNameAsc(long organisationId);
}
