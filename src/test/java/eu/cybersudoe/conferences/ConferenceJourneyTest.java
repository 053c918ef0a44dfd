package eu.cybersudoe.conferences;

import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.ContactDirectory;
import eu.cybersudoe.companies.NewContact;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration.Registered;
import eu.cybersudoe.companies.internal.SavedSegments;
import eu.cybersudoe.companies.internal.SearchCriteria;
import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceIndicators;
import eu.cybersudoe.conferences.internal.ConferenceJobs;
import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.conferences.internal.ConferenceStatus;
import eu.cybersudoe.conferences.internal.ConferenceStore;
import eu.cybersudoe.conferences.internal.Invitations;
import eu.cybersudoe.conferences.internal.Registrant;
import eu.cybersudoe.conferences.internal.Registration;
import eu.cybersudoe.conferences.internal.RegistrationOutcome;
import eu.cybersudoe.conferences.internal.RegistrationStatus;
import eu.cybersudoe.conferences.internal.RegistrationStore;
import eu.cybersudoe.conferences.internal.Registrations;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxEntry;
import eu.cybersudoe.shared.mail.OutboxMessage;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestClock;
import eu.cybersudoe.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A conference's life against the database: seats under simultaneous registrations, waiting
 * list, cancellations, reminders, invitations by consent, check-in, closing and counting.
 */
@DatabaseTest
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "cybersudoe.conferences.scheduler=false")
@RecordApplicationEvents
class ConferenceJourneyTest {

    static final String PARTNER = "cybermassif";

    @Autowired
    ConferenceOffice office;
    @Autowired
    Registrations registrations;
    @Autowired
    RegistrationStore stored;
    @Autowired
    ConferenceStore conferences;
    @Autowired
    ConferenceJobs jobs;
    @Autowired
    Invitations invitations;
    @Autowired
    ConferenceIndicators indicators;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    ContactDirectory contacts;
    @Autowired
    SavedSegments segments;
    @Autowired
    Outbox outbox;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    Instant start;

    @BeforeEach
    void remember() {
        start = clock.instant();
    }

    @AfterEach
    void restoreClock() {
        clock.set(start);
    }

    private long published(int capacity) {
        return ConferenceTestData.published(office, clock, PARTNER, capacity);
    }

    @Test
    void simultaneousRegistrationsNeverTakeMoreSeatsThanThereAre() throws Exception {
        long id = published(5);
        int people = 16;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RegistrationOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Registrant registrant = ConferenceTestData.registrant("Pessoa" + i, Language.PT);
            Callable<RegistrationOutcome> task = () -> {
                go.await();
                return registrations.register(id, registrant);
            };
            outcomes.add(pool.submit(task));
        }
        go.countDown();
        int confirmed = 0;
        int waiting = 0;
        for (Future<RegistrationOutcome> outcome : outcomes) {
            switch (outcome.get()) {
                case RegistrationOutcome.Confirmed c -> confirmed++;
                case RegistrationOutcome.Waiting w -> waiting++;
                default -> throw new AssertionError("Unexpected " + outcome.get());
            }
        }
        pool.shutdown();
        assertThat(confirmed).isEqualTo(5);
        assertThat(waiting).isEqualTo(people - 5);
        assertThat(conferences.find(id).orElseThrow().confirmed()).isEqualTo(5);
        assertThat(stored.confirmed(id)).hasSize(5);
    }

    @Test
    void aConfirmationGoesInThePersonsLanguageWithTheCalendarFileAndTheQrCode() {
        long id = published(10);
        Registrant registrant = ConferenceTestData.registrant("Joana", Language.PT);
        assertThat(registrations.register(id, registrant)).isInstanceOf(RegistrationOutcome.Confirmed.class);
        OutboxMessage mail = mailTo(registrant.person().email(), "Inscrição confirmada");
        assertThat(mail.language()).isEqualTo("pt");
        assertThat(mail.subject()).startsWith("Inscrição confirmada: Cibersegurança para PME");
        assertThat(mail.text()).contains("Olá Joana").contains("/pt/office/conferences/check-in/")
                .contains("/pt/conferences/registrations/").contains("https://meet.example.org/porto")
                .contains("hora de Lisboa").contains("hora de Paris");
        assertThat(mail.attachments()).anyMatch(name -> name.endsWith(".ics")).anyMatch(name -> name.endsWith(".png"));
        // the check-in link (the QR code) and the cancel link carry different secrets
        Registration joana = stored.of(id).getFirst();
        assertThat(mail.text()).contains("/pt/office/conferences/check-in/" + joana.id() + "/")
                .contains("/pt/conferences/registrations/" + joana.token() + "/cancel")
                .doesNotContain("check-in/" + joana.token());
    }

    @Test
    void theCompanyAndThePersonGoToTheRegistryWithTheirConsentAndTheTimeline() throws Exception {
        long id = published(10);
        Registrant base = ConferenceTestData.registrant("Beatriz", Language.PT);
        Registrant registrant = new Registrant(base.company(), base.person(), true);
        var confirmed = (RegistrationOutcome.Confirmed) registrations.register(id, registrant);
        var contact = contacts.findByEmail(registrant.person().email()).orElseThrow();
        assertThat(confirmed.registration().contactId()).isEqualTo(contact.value());
        Map<String, Object> export = contacts.exportContact(contact.value());
        assertThat(export.get("contact")).asString().contains("newsletterConsent=true").contains("invitationConsent=false");
        assertThat(export.get("consentHistory")).asString().contains("form: conference " + id);

        registrations.checkIn(confirmed.registration().id(), null, true);
        long company = confirmed.registration().company().value();
        long deadline = System.currentTimeMillis() + 10_000;
        long events = 0;
        while (events < 2 && System.currentTimeMillis() < deadline) {
            events = jdbc.sql("select count(*) from organisation_event where organisation_id = ? and kind in "
                    + "('conference.registered', 'conference.attended')").param(company).query(Long.class).single();
            Thread.sleep(100);
        }
        assertThat(events).as("timeline entries of the registration and the attendance").isEqualTo(2);
    }

    @Test
    void aCompanyRegisteredWithoutIdentifierIsFoundAgainByItsNameAndPostcode() {
        long id = published(10);
        Registrant first = ConferenceTestData.registrant("Inês", Language.PT);
        var one = (RegistrationOutcome.Confirmed) registrations.register(id, first);
        String sameName = first.company().legalName().toUpperCase().replace(" LDA ", ", Lda. ");
        Registrant colleague = new Registrant(new eu.cybersudoe.companies.NewOrganisation(first.company().kind(), sameName, null,
                first.company().country(), null, null, first.company().postcode(), null, null, null, null, null, false, null,
                List.of()), new eu.cybersudoe.conferences.internal.Person("Paulo", "Teste", null,
                "paulo." + UUID.randomUUID() + "@example.org", null, Language.PT), false);
        var two = (RegistrationOutcome.Confirmed) registrations.register(id, colleague);
        assertThat(two.registration().company()).isEqualTo(one.registration().company());
    }

    @Test
    void aPressListIsReadLineByLine() {
        Invitations.PressList list = Invitations.parse("a@example.org\n\n b@example.pt pt\nnot an address\nc@example.es xx",
                Language.FR);
        assertThat(list.contacts()).containsExactly(new Invitations.PressContact("a@example.org", Language.FR),
                new Invitations.PressContact("b@example.pt", Language.PT));
        assertThat(list.refused()).containsExactly("not an address", "c@example.es xx");
    }

    @Test
    void theSameAddressIsRefusedKindlyTheSecondTime() {
        long id = published(10);
        Registrant registrant = ConferenceTestData.registrant("Rui", Language.PT);
        assertThat(registrations.register(id, registrant)).isInstanceOf(RegistrationOutcome.Confirmed.class);
        Registrant again = new Registrant(registrant.company(), new eu.cybersudoe.conferences.internal.Person("Rui", "Teste",
                null, registrant.person().email().toUpperCase(), null, Language.PT), false);
        assertThat(registrations.register(id, again)).isInstanceOf(RegistrationOutcome.Duplicate.class);
        assertThat(stored.of(id)).hasSize(1);
    }

    @Test
    void aCancellationGivesTheSeatToTheFirstPersonWaitingAndTellsThem() {
        long id = published(1);
        Registrant first = ConferenceTestData.registrant("Ana", Language.PT);
        Registrant second = ConferenceTestData.registrant("Marc", Language.FR);
        Registrant third = ConferenceTestData.registrant("Lucia", Language.ES);
        var seat = (RegistrationOutcome.Confirmed) registrations.register(id, first);
        assertThat(registrations.register(id, second)).isInstanceOf(RegistrationOutcome.Waiting.class);
        assertThat(registrations.register(id, third)).isInstanceOf(RegistrationOutcome.Waiting.class);
        assertThat(mailTo(second.person().email(), "Liste d'attente")).isNotNull();

        assertThat(registrations.cancel(seat.registration().token())).isTrue();
        assertThat(registrations.cancel(seat.registration().token())).isFalse();

        assertThat(status(id, second)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(status(id, third)).isEqualTo(RegistrationStatus.WAITING);
        assertThat(conferences.find(id).orElseThrow().confirmed()).isEqualTo(1);
        OutboxMessage promoted = mailTo(second.person().email(), "Une place s'est libérée pour vous");
        assertThat(promoted.attachments()).anyMatch(name -> name.endsWith(".ics")).anyMatch(name -> name.endsWith(".png"));
        assertThat(promoted.text()).contains("/fr/office/conferences/check-in/");
    }

    @Test
    void theStaffListGivesTheWaitingListInTheOrderOfPromotionNotByName() {
        // far ahead, so as not to crowd the soonest conferences other tests look for
        long id = office.create(PARTNER, ConferenceTestData.porto(LocalDateTime.ofInstant(clock.instant(),
                ConferenceTestData.LISBON).plusDays(900).withHour(10).withMinute(0).withSecond(0).withNano(0), 1));
        assertThat(office.publish(id)).isTrue();
        registrations.register(id, ConferenceTestData.registrant("Seated", Language.PT));
        for (String name : List.of("Zeca", "Maria", "Abel")) {
            registrations.register(id, ConferenceTestData.registrant(name, Language.PT));
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(stored.of(id).stream().filter(r -> r.status() == RegistrationStatus.WAITING).map(Registration::firstName))
                .containsExactly("Zeca", "Maria", "Abel");
    }

    @Test
    void cancellingTheConferenceTellsEveryRegisteredPersonInTheirLanguage() {
        long id = published(1);
        Registrant seated = ConferenceTestData.registrant("Pedro", Language.PT);
        Registrant waiting = ConferenceTestData.registrant("Claire", Language.FR);
        registrations.register(id, seated);
        registrations.register(id, waiting);
        assertThat(office.cancel(id)).isTrue();
        assertThat(conferences.find(id).orElseThrow().status()).isEqualTo(ConferenceStatus.CANCELLED);
        assertThat(mailTo(seated.person().email(), "Cancelamento")).isNotNull();
        assertThat(mailTo(waiting.person().email(), "Annulation")).isNotNull();
        assertThat(registrations.register(id, ConferenceTestData.registrant("Tarde", Language.PT)))
                .isInstanceOf(RegistrationOutcome.NotOpen.class);
    }

    @Test
    void theReminderGoesOnceTheDayBefore() {
        long id = published(10);
        Registrant registrant = ConferenceTestData.registrant("Lembrete", Language.PT);
        registrations.register(id, registrant);
        jobs.runDue();
        assertThat(mailTo(registrant.person().email(), "Inscrição confirmada")).isNotNull();
        assertThat(mailsTo(registrant.person().email())).hasSize(1);

        Conference conference = conferences.find(id).orElseThrow();
        clock.set(conference.startsAt().minus(Duration.ofHours(23)));
        assertThat(jobs.runDue()).isPositive();
        assertThat(jobs.runDue()).isZero();
        assertThat(mailTo(registrant.person().email(), "Amanhã: ")).isNotNull();
        assertThat(mailsTo(registrant.person().email())).hasSize(2);
    }

    @Test
    void invitationsGoOnlyToContactsWhoAgreedEachInTheirLanguage() {
        long id = published(10);
        String tag = "inv" + UUID.randomUUID().toString().substring(0, 8);
        String yes = tag + ".yes@example.org";
        String no = tag + ".no@example.org";
        contactOf(tag, "Sim Lda", yes, Language.ES, Set.of(ConsentPurpose.EVENT_INVITATIONS));
        contactOf(tag, "Nao Lda", no, Language.PT, Set.of(ConsentPurpose.NEWSLETTER));
        long segment = ((SavedSegments.Saved.Done) segments.save(PARTNER, "Segment " + tag,
                SearchCriteria.fromParameters(Map.of("tag", tag)), null)).id();

        long invitation = invitations.toSegment(id, segment, null, null);
        invitations.toPress(id, "journalist." + tag + "@example.org fr", clock.instant().plus(Duration.ofDays(2)), null);
        jobs.runDue();

        assertThat(mailsTo(yes)).hasSize(1);
        assertThat(mailTo(yes, "Invitación: ")).isNotNull();
        assertThat(mailsTo(no)).isEmpty();
        assertThat(invitations.recipients(invitation)).extracting(Invitations.Recipient::email, Invitations.Recipient::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(yes, "SENT"));
        assertThat(mailsTo("journalist." + tag + "@example.org")).isEmpty();
        awaitInformed("conference-invitation-" + invitation);
        assertThat(jdbc.sql("""
                        select o.legal_name || ' ' || i.channel from organisation_informed i join organisation o on o.id = i.organisation_id
                        where i.reference = ?""").param("conference-invitation-" + invitation).query(String.class).list())
                .containsExactly("Sim Lda " + tag + " EVENT_INVITATION");

        clock.set(clock.instant().plus(Duration.ofDays(2)));
        jobs.runDue();
        assertThat(mailTo("journalist." + tag + "@example.org", "Communiqué de presse")).isNotNull();
        assertThat(invitations.of(id)).allMatch(sent -> sent.sentAt() != null).extracting(Invitations.Sent::sent).containsOnly(1);
    }

    /** The registry records after the commit, on another thread, that the invited organisations were informed. */
    private void awaitInformed(String reference) {
        for (int tries = 0; tries < 100; tries++) {
            if (jdbc.sql("select count(*) from organisation_informed where reference = ?").param(reference).query(Long.class).single() > 0) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void attendanceIsCheckedInFrozenAtClosingAndCounted() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ConferenceTestData.LISBON);
        long before = count("conferences-held");
        long attendancesBefore = count("conference-attendances");
        long id = published(10);
        var ana = (RegistrationOutcome.Confirmed) registrations.register(id, ConferenceTestData.registrant("Ana", Language.PT));
        var rui = (RegistrationOutcome.Confirmed) registrations.register(id, ConferenceTestData.registrant("Rui", Language.PT));
        registrations.register(id, ConferenceTestData.registrant("Ausente", Language.PT));

        assertThat(registrations.checkIn(ana.registration().id(), null, false)).as("check-in opens on the day")
                .isEqualTo(Registrations.CheckIn.NOT_YET);
        assertThat(registrations.checkIn(ana.registration().id(), null, true)).isEqualTo(Registrations.CheckIn.DONE);
        assertThat(registrations.checkIn(ana.registration().id(), null, true)).isEqualTo(Registrations.CheckIn.REFUSED);
        assertThat(registrations.walkIn(id, ConferenceTestData.registrant("Porta", Language.PT), null))
                .isInstanceOf(RegistrationOutcome.Confirmed.class);
        assertThat(office.close(id)).as("not before it starts").isFalse();

        Conference conference = conferences.find(id).orElseThrow();
        clock.set(conference.startsAt().plus(Duration.ofHours(1)));
        assertThat(office.close(id)).isTrue();
        assertThat(registrations.checkIn(rui.registration().id(), null, false)).as("frozen")
                .isEqualTo(Registrations.CheckIn.REFUSED);

        assertThat(events.stream(ConferenceHeld.class).filter(e -> e.conferenceId() == id))
                .singleElement().satisfies(held -> {
                    assertThat(held.companies()).isEqualTo(2);
                    assertThat(held.participants()).isEqualTo(2);
                    assertThat(held.partnerId()).isEqualTo(PARTNER);
                });
        assertThat(mailTo(ana.registration().email(), "A sua opinião")).isNotNull();
        assertThat(mailsTo(rui.registration().email())).noneMatch(m -> m.subject().startsWith("A sua opinião"));
        LocalDate after = today.plusDays(30);
        assertThat(count("conferences-held", after) - before).isEqualTo(1);
        assertThat(count("conference-attendances", after) - attendancesBefore).isEqualTo(2);
        assertThat(indicators.measure("conferences-held", today.minusDays(1), Optional.of(new PartnerId(PARTNER))))
                .hasValueSatisfying(v -> assertThat(v.longValue()).isLessThanOrEqualTo(before));
        assertThat(registrations.rate(ana.registration().token(), 5, "Muito útil")).isTrue();
        assertThat(registrations.rate(ana.registration().token(), 1, null)).isFalse();
        assertThat(registrations.rate(rui.registration().token(), 4, null)).as("absent people do not rate").isFalse();
    }

    private RegistrationStatus status(long conferenceId, Registrant registrant) {
        return stored.of(conferenceId).stream().filter(r -> r.email().equals(registrant.person().email()))
                .map(Registration::status).findFirst().orElseThrow();
    }

    private long count(String indicator) {
        return count(indicator, LocalDate.ofInstant(clock.instant(), ConferenceTestData.LISBON).plusDays(30));
    }

    private long count(String indicator, LocalDate until) {
        return indicators.measure(indicator, until, Optional.of(new PartnerId(PARTNER))).map(BigDecimal::longValue).orElse(0L);
    }

    private void contactOf(String tag, String name, String email, Language language, Set<ConsentPurpose> consents) {
        var company = (Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY, name + " " + tag, null,
                Country.PT, null, null, "4100-001", "Porto", null, 4, null, 2018, false, null, List.of(tag)), PARTNER);
        contacts.register(company.id(), new NewContact("Pessoa", name, null, email, null, language), consents, PARTNER, "test");
    }

    private List<OutboxEntry> mailsTo(String email) {
        return outbox.list(1, Outbox.MAX_PAGE_SIZE).entries().stream().filter(e -> e.to().contains(email)).toList();
    }

    /** The mail to the address whose subject starts so; outbox times are equal under the hand-moved clock. */
    private OutboxMessage mailTo(String email, String subjectStart) {
        OutboxEntry entry = await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email).stream()
                .filter(e -> e.subject().startsWith(subjectStart)).findFirst(), Optional::isPresent).orElseThrow();
        return outbox.find(entry.id()).orElseThrow();
    }

}
