package eu.cybersudoe.companies.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** The stored organisations. */
interface Organisations extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCountryAndIdentifier(String country, String identifier);

    Optional<Organisation> findFirstByCountryAndNameKeyAndPostcodeOrderById(String country, String nameKey, String postcode);
}
