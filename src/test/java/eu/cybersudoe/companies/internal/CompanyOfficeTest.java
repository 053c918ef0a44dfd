package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.ConsentRecord;
import eu.cybersudoe.companies.ContactDirectory;
import eu.cybersudoe.companies.ContactId;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The back office's changes: edits against a version, contacts, consent history, erasure, unsubscribes. */
@DatabaseTest
class CompanyOfficeTest {

    @Autowired
    CompanyRegistry registry;
    @Autowired
    CompanyOffice office;
    @Autowired
    ContactDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditStoresTheNewValuesAndAStaleOneIsRefused() {
        CompanyId id = register("Boulangerie Martin", "63000");
        long version = office.company(id).orElseThrow().version();

        Registration edited = office.update(id, version, organisation("Boulangerie Martin et Fils", "75001",
                OrganisationKind.SOLUTION_PROVIDER), "cybermassif");
        assertThat(edited).isEqualTo(new Registration.Registered(id, false));
        CompanyFile.Company stored = office.company(id).orElseThrow();
        assertThat(stored.legalName()).isEqualTo("Boulangerie Martin et Fils");
        assertThat(stored.nuts2()).isEqualTo("FR10");
        assertThat(stored.kind()).isEqualTo(OrganisationKind.SOLUTION_PROVIDER);
        assertThat(stored.version()).isGreaterThan(version);

        Registration stale = office.update(id, version, organisation("Boulangerie Dupont", "63000", OrganisationKind.COMPANY), "cybermassif");
        assertThat(stale).isInstanceOfSatisfying(Registration.Rejected.class, r -> assertThat(r.problems())
                .containsExactly(new Registration.Problem("version", CompanyOffice.CHANGED_MEANWHILE, List.of())));
        assertThat(office.company(id).orElseThrow().legalName()).isEqualTo("Boulangerie Martin et Fils");
    }

    @Test
    void anEditIsValidatedAndCannotTakeAnotherOrganisationsIdentifier() {
        CompanyId id = register("Menuiserie Roche", "63000");
        String siren = uniqueSiren();
        registry.register(new NewOrganisation(OrganisationKind.COMPANY, "Autre SARL", null, Country.FR, siren, null, null, null,
                null, null, null, null, false, null, List.of()), "cybermassif");
        long version = office.company(id).orElseThrow().version();

        NewOrganisation taken = new NewOrganisation(OrganisationKind.COMPANY, "Menuiserie Roche", null, Country.FR, siren, null,
                null, null, null, -3, null, null, false, null, List.of());
        assertThat(office.update(id, version, taken, "cybermassif")).isInstanceOfSatisfying(Registration.Rejected.class,
                r -> assertThat(r.problems()).extracting(Registration.Problem::field).containsExactly("employees"));
        NewOrganisation takenOnly = new NewOrganisation(OrganisationKind.COMPANY, "Menuiserie Roche", null, Country.FR, siren,
                null, null, null, null, null, null, null, false, null, List.of());
        assertThat(office.update(id, version, takenOnly, "cybermassif")).isInstanceOfSatisfying(Registration.Rejected.class,
                r -> assertThat(r.problems()).extracting(Registration.Problem::field, Registration.Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("identifier", "companies.identifier.taken")));
    }

    @Test
    void theSameEMailCannotBeGivenToTwoContacts() {
        CompanyId id = register("Hôtel du Lac", "63000");
        String email = "Claire." + UUID.randomUUID() + "@Example.fr";
        assertThat(office.addContact(id, details("Claire", email), Set.of(), LawfulBasis.CONSENT, "cybermassif", "form: Cybermassif", null)).isEmpty();

        List<Registration.Problem> again = office.addContact(id, details("Other", "  " + email.toLowerCase() + " "), Set.of(),
                LawfulBasis.CONSENT, "cybermassif", "form: Cybermassif", null);
        assertThat(again).extracting(Registration.Problem::field, Registration.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("email", CompanyOffice.EMAIL_TAKEN));

        long claire = directory.findByEmail(email).orElseThrow().value();
        assertThat(office.editContact(id, claire, details("Claire B.", email))).isEmpty();
        long other = addContact(id, "other-" + UUID.randomUUID() + "@example.fr", Set.of());
        assertThat(office.editContact(id, other, details("Other", email))).extracting(Registration.Problem::field).containsExactly("email");
    }

    @Test
    void consentChangesAreAppendedToTheHistoryNeverOverwritten() {
        CompanyId id = register("Garage Vidal", "63000");
        String email = "paul." + UUID.randomUUID() + "@example.fr";
        long contact = addContact(id, email, Set.of(ConsentPurpose.NEWSLETTER));
        office.recordConsent(id, contact, ConsentPurpose.NEWSLETTER, false, LawfulBasis.CONSENT, "cybermassif", "form: Cybermassif", 7L);
        office.recordConsent(id, contact, ConsentPurpose.EVENT_INVITATIONS, true, LawfulBasis.LEGITIMATE_INTEREST, "cybermassif", "form: Cybermassif", 7L);
        office.recordConsent(id, contact, ConsentPurpose.NEWSLETTER, true, LawfulBasis.CONSENT, "cybermassif", "form: Cybermassif", 7L);

        CompanyFile.ContactEntry entry = office.contact(id, contact).orElseThrow();
        assertThat(entry.history()).extracting(ConsentRecord::purpose, ConsentRecord::granted).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ConsentPurpose.NEWSLETTER, true),
                org.assertj.core.groups.Tuple.tuple(ConsentPurpose.NEWSLETTER, false),
                org.assertj.core.groups.Tuple.tuple(ConsentPurpose.EVENT_INVITATIONS, true),
                org.assertj.core.groups.Tuple.tuple(ConsentPurpose.NEWSLETTER, true));
        assertThat(entry.history()).allSatisfy(r -> assertThat(r.sourcePartner()).isEqualTo("cybermassif"));
        assertThat(entry.newsletterConsent()).isTrue();
        assertThat(entry.invitationConsent()).isTrue();
        assertThat(jdbc.sql("select count(*) from consent_event where contact_id = ?").param(contact).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void erasureKeepsTheRowForCountsAndRemovesThePersonsData() {
        CompanyId id = register("Ferme Bio", "63000");
        String email = "marie." + UUID.randomUUID() + "@example.fr";
        long contact = addContact(id, email, Set.of(ConsentPurpose.NEWSLETTER, ConsentPurpose.EVENT_INVITATIONS));

        office.erase(id, contact);

        assertThat(jdbc.sql("select count(*) from contact where organisation_id = ?").param(id.value()).query(Long.class).single()).isEqualTo(1);
        Map<String, Object> row = jdbc.sql("select first_name, last_name, email, email_key, phone, newsletter_consent, invitation_consent from contact where id = ?")
                .param(contact).query().singleRow();
        assertThat(row.get("first_name")).isNull();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("email_key")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row).containsEntry("newsletter_consent", false).containsEntry("invitation_consent", false);
        assertThat(jdbc.sql("select distinct source from consent_event where contact_id = ?").param(contact).query(String.class).list())
                .containsExactly(ConsentEvent.ERASED);
        assertThat(directory.findByEmail(email)).isEmpty();
        Map<String, Object> export = directory.exportContact(contact);
        assertThat(export.get("contact")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("email", null).containsEntry("erased", true);
    }

    @Test
    void unsubscribingEverywhereWithdrawsEveryConsentGiven() {
        CompanyId id = register("Atelier Noir", "63000");
        String email = "leo." + UUID.randomUUID() + "@example.fr";
        long contact = addContact(id, email, Set.of(ConsentPurpose.NEWSLETTER, ConsentPurpose.EVENT_INVITATIONS));
        assertThat(directory.findByEmail(" " + email.toUpperCase() + " ")).contains(new ContactId(contact));

        directory.unsubscribeEverywhere(email.toUpperCase(), "unsubscribe link: issue 3");

        CompanyFile.ContactEntry entry = office.contact(id, contact).orElseThrow();
        assertThat(entry.newsletterConsent()).isFalse();
        assertThat(entry.invitationConsent()).isFalse();
        assertThat(entry.history()).hasSize(4);
        assertThat(entry.history().subList(2, 4)).allSatisfy(r -> {
            assertThat(r.granted()).isFalse();
            assertThat(r.source()).isEqualTo("unsubscribe link: issue 3");
        });
        directory.unsubscribeEverywhere("nobody-" + UUID.randomUUID() + "@example.fr", "unsubscribe link: issue 3");

        Map<String, Object> export = directory.exportContact(contact);
        assertThat(export).containsKeys("contact", "organisation", "consentHistory");
        assertThat(export.get("organisation")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("legalName", "Atelier Noir");
        assertThat(export.get("consentHistory")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(4);
    }

    @Test
    void aContactWithoutALanguageGetsTheLanguageOfTheOrganisationsCountry() {
        CompanyId id = register("Menuiserie Sans Langue", "63000");
        String email = "sans.langue." + UUID.randomUUID() + "@example.fr";
        assertThat(office.addContact(id, new ContactDetails("Anne", "Roux", null, email, null, null), Set.of(),
                LawfulBasis.CONSENT, "cybermassif", "form: Cybermassif", null)).isEmpty();
        long contact = directory.findByEmail(email).orElseThrow().value();
        assertThat(office.contact(id, contact).orElseThrow().language()).isEqualTo(Language.FR);

        assertThat(office.editContact(id, contact, new ContactDetails("Anne", "Roux", null, email, null, Language.EN))).isEmpty();
        assertThat(office.contact(id, contact).orElseThrow().language()).isEqualTo(Language.EN);
    }

    @Test
    void notesAreShownOnlyToThePartnerThatWroteThem() {
        CompanyId id = register("Scierie Haute", "63000");
        office.addNote(id, "cybermassif", null, "  Called on Monday  ");
        office.addNote(id, "ceei-burgos", null, "Someone else's note");

        assertThat(office.file(id, "cybermassif").orElseThrow().notes()).extracting(CompanyFile.Note::body).containsExactly("Called on Monday");
        assertThat(office.file(id, null).orElseThrow().notes()).isEmpty();
        assertThat(office.knownBy(id, "cybermassif")).isTrue();
        assertThat(office.knownBy(id, "ceei-burgos")).isFalse();
    }

    private long addContact(CompanyId id, String email, Set<ConsentPurpose> consents) {
        assertThat(office.addContact(id, details("Someone", email), consents, LawfulBasis.CONSENT, "cybermassif",
                "form: Cybermassif", null)).isEmpty();
        return directory.findByEmail(email).orElseThrow().value();
    }

    private static ContactDetails details(String firstName, String email) {
        return new ContactDetails(firstName, "Martin", "Gérant", email, "+33 4 73 00 00 00", Language.FR);
    }

    private CompanyId register(String name, String postcode) {
        return ((Registration.Registered) registry.register(organisation(name, postcode, OrganisationKind.COMPANY), "cybermassif")).id();
    }

    private static NewOrganisation organisation(String name, String postcode, OrganisationKind kind) {
        return new NewOrganisation(kind, name, null, Country.FR, null, "1 rue Haute", postcode, "Clermont-Ferrand", null,
                4, null, 2020, false, null, List.of("bakery"));
    }

    private static String uniqueSiren() {
        return eu.cybersudoe.companies.CompanyRegistryTestSupport.uniqueSiren();
    }
}
