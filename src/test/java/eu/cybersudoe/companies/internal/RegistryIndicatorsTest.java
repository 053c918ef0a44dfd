package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyRegistryTestSupport;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's indicators on a small known data set, as differences from what the database
 * held before (the PostgreSQL run shares its database with other tests).
 */
@DatabaseTest
class RegistryIndicatorsTest {

    static final Optional<PartnerId> NETWORK = Optional.empty();
    static final Optional<PartnerId> LEITAT = Optional.of(new PartnerId("leitat"));
    static final Optional<PartnerId> BURGOS = Optional.of(new PartnerId("ceei-burgos"));
    static final Optional<PartnerId> GIJON = Optional.of(new PartnerId("camara-gijon"));
    static final LocalDate FEBRUARY = LocalDate.of(2030, 2, 1);
    static final LocalDate DECEMBER = LocalDate.of(2030, 12, 31);

    @Autowired
    RegistryIndicators indicators;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    Contacts contacts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    @Test
    void claimsTheRegistryIndicatorsOfTheCatalogue() {
        assertThat(indicators.indicators()).containsExactlyInAnyOrder("registry-companies", "newsletter-contacts",
                "solution-providers-known", "structures-informed", "software-editors-informed", "structures-associated",
                "companies-indirectly-aware");
        assertThat(sources).contains(indicators);
        assertThat(indicators.measure("companies-made-aware", DECEMBER, NETWORK)).isEmpty();
    }

    @Test
    void informedStructuresCountOnceForTheNetworkAndOnceForEachPartnerThatInformedThem() {
        long[] before = informed("structures-informed");
        long[] editorsBefore = informed("software-editors-informed");
        long structure = register(OrganisationKind.SUPPORT_STRUCTURE, "leitat");
        long other = register(OrganisationKind.SUPPORT_STRUCTURE, "camara-gijon");
        long editor = register(OrganisationKind.SOFTWARE_EDITOR, "leitat");
        register(OrganisationKind.SUPPORT_STRUCTURE, "leitat");
        informedOn(structure, "leitat", "2030-01-10T10:00:00Z");
        informedOn(structure, "ceei-burgos", "2030-01-20T10:00:00Z");
        informedOn(structure, "leitat", "2030-03-01T10:00:00Z");
        informedOn(other, "camara-gijon", "2030-03-10T10:00:00Z");
        informedOn(editor, "leitat", "2030-01-15T10:00:00Z");

        long[] after = informed("structures-informed");
        assertThat(delta(after, before)).containsExactly(1, 1, 1, 0, 2, 1, 1, 1);
        assertThat(delta(informed("software-editors-informed"), editorsBefore)).containsExactly(1, 1, 0, 0, 1, 1, 0, 0);
    }

    @Test
    void companiesAndNewsletterContactsPerPartnerAndDistinctForTheNetwork() {
        LocalDate today = LocalDate.now(clock);
        long[] companiesBefore = {indicators.companies(today, NETWORK), indicators.companies(today, LEITAT), indicators.companies(today, BURGOS)};
        long[] contactsBefore = {indicators.newsletterContacts(today, NETWORK), indicators.newsletterContacts(today, LEITAT),
                indicators.newsletterContacts(today, BURGOS)};
        String cif = cif();
        long shared = id(registry.register(organisation(OrganisationKind.COMPANY, cif), "leitat"));
        assertThat(id(registry.register(organisation(OrganisationKind.COMPANY, cif), "ceei-burgos"))).isEqualTo(shared);
        long own = register(OrganisationKind.COMPANY, "leitat");
        register(OrganisationKind.SOFTWARE_EDITOR, "leitat");
        contact(shared, true, false);
        contact(shared, true, true);
        contact(own, true, true);
        contact(own, false, false);
        contact(own, true, false);

        assertThat(new long[] {indicators.companies(today, NETWORK), indicators.companies(today, LEITAT), indicators.companies(today, BURGOS)})
                .containsExactly(companiesBefore[0] + 2, companiesBefore[1] + 2, companiesBefore[2] + 1);
        assertThat(new long[] {indicators.newsletterContacts(today, NETWORK), indicators.newsletterContacts(today, LEITAT),
                indicators.newsletterContacts(today, BURGOS)})
                .containsExactly(contactsBefore[0] + 2, contactsBefore[1] + 2, contactsBefore[2] + 1);
        assertThat(indicators.companies(today.minusDays(1), LEITAT)).isLessThanOrEqualTo(companiesBefore[1]);
        assertThat(indicators.measure("registry-companies", today, LEITAT)).hasValue(BigDecimal.valueOf(companiesBefore[1] + 2));
        assertThat(indicators.measure("newsletter-contacts", today, NETWORK)).hasValue(BigDecimal.valueOf(contactsBefore[0] + 2));
        assertThat(indicators.providers(today, LEITAT)).isPositive();
        assertThat(indicators.measure("conferences-held", today, NETWORK)).isEmpty();
    }

    @Test
    void aCompanyCountsOnceWithItsEstablishmentsWhoeverBroughtOrInformedThem() {
        LocalDate today = LocalDate.now(clock);
        Optional<PartnerId> cybermassif = Optional.of(new PartnerId("cybermassif"));
        Optional<PartnerId> bordeaux = Optional.of(new PartnerId("echangeur-bordeaux"));
        long[] companiesBefore = {indicators.companies(today, NETWORK), indicators.companies(today, cybermassif),
                indicators.companies(today, bordeaux)};
        long[] editorsBefore = informed("software-editors-informed");
        String siren = CompanyRegistryTestSupport.uniqueSiren();
        long company = id(registry.register(french(OrganisationKind.COMPANY, siren), "cybermassif"));
        long lyon = id(registry.register(french(OrganisationKind.COMPANY, CompanyRegistryTestSupport.siret(siren, "0002")), "cybermassif"));
        long bordeauxSite = id(registry.register(french(OrganisationKind.COMPANY, CompanyRegistryTestSupport.siret(siren, "0003")),
                "echangeur-bordeaux"));
        assertThat(jdbc.sql("select count(*) from organisation where company_id = ?").param(company).query(Long.class).single())
                .as("both SIRETs are establishments of the SIREN's record").isEqualTo(2);
        assertThat(List.of(lyon, bordeauxSite)).doesNotContain(company);

        assertThat(new long[] {indicators.companies(today, NETWORK), indicators.companies(today, cybermassif),
                indicators.companies(today, bordeaux)})
                .containsExactly(companiesBefore[0] + 1, companiesBefore[1] + 1, companiesBefore[2] + 1);

        String editorSiren = CompanyRegistryTestSupport.uniqueSiren();
        long editor = id(registry.register(french(OrganisationKind.SOFTWARE_EDITOR, editorSiren), "cybermassif"));
        long editorSite = id(registry.register(french(OrganisationKind.SOFTWARE_EDITOR,
                CompanyRegistryTestSupport.siret(editorSiren, "0002")), "cybermassif"));
        informedOn(editor, "cybermassif", "2030-01-10T10:00:00Z");
        informedOn(editorSite, "leitat", "2030-01-12T10:00:00Z");
        assertThat(delta(informed("software-editors-informed"), editorsBefore)).containsExactly(1, 1, 0, 0, 1, 1, 0, 0);
    }

    static NewOrganisation french(OrganisationKind kind, String identifier) {
        return new NewOrganisation(kind, "Entreprise " + identifier, null, Country.FR, identifier, null, "63000", null, null, null,
                null, 2020, false, null, List.of("test"));
    }

    /** Network, Leitat, Burgos, Gijón in February, then the same in December. */
    long[] informed(String code) {
        long[] values = new long[8];
        int i = 0;
        for (LocalDate until : List.of(FEBRUARY, DECEMBER)) {
            for (Optional<PartnerId> scope : List.of(NETWORK, LEITAT, BURGOS, GIJON)) {
                values[i++] = indicators.measure(code, until, scope).map(BigDecimal::longValueExact).orElseThrow();
            }
        }
        return values;
    }

    static long[] delta(long[] after, long[] before) {
        long[] delta = new long[after.length];
        for (int i = 0; i < after.length; i++) {
            delta[i] = after[i] - before[i];
        }
        return delta;
    }

    void informedOn(long organisation, String partner, String at) {
        jdbc.sql("insert into organisation_event (organisation_id, kind, partner_id, occurred_at, summary) values (?, ?, ?, ?, ?)")
                .params(organisation, RegistryIndicators.INFORMED, partner, Timestamp.from(Instant.parse(at)), "{}").update();
    }

    void contact(long organisation, boolean grantedFirst, boolean withdrawnAfter) {
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant().minusSeconds(60);
            Contact contact = new Contact(organisation, new ContactDetails("Ana", "Pérez", null,
                    UUID.randomUUID() + "@example.es", null, Language.ES), now);
            contact.record(ConsentPurpose.NEWSLETTER, grantedFirst, LawfulBasis.CONSENT, "leitat", "test", null, now);
            if (withdrawnAfter) {
                contact.record(ConsentPurpose.NEWSLETTER, false, LawfulBasis.CONSENT, null, "test", null, now.plusSeconds(1));
            }
            contacts.save(contact);
        });
    }

    long register(OrganisationKind kind, String partner) {
        return id(registry.register(organisation(kind, cif()), partner));
    }

    static long id(Registration registration) {
        return ((Registration.Registered) registration).id().value();
    }

    static NewOrganisation organisation(OrganisationKind kind, String cif) {
        return new NewOrganisation(kind, "Organización " + cif, null, Country.ES, cif, null, "08001", null, null, null,
                null, 2020, false, null, List.of("test"));
    }

    /** A valid CIF of a sociedad limitada of Barcelona (province 08) no other test uses. */
    static String cif() {
        // Province 00 takes a letter as control character, so the province is fixed rather than drawn.
        String digits = "08" + String.format("%05d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000L));
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int digit = digits.charAt(6 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        return "B" + digits + (10 - sum % 10) % 10;
    }
}
