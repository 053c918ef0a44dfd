package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.companies.classification.Activities;
import eu.cybersudoe.companies.demo.GeneratedContact;
import eu.cybersudoe.companies.demo.GeneratedOrganisation;
import eu.cybersudoe.companies.demo.OrganisationGenerator;
import eu.cybersudoe.companies.demo.Territory;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * In demo mode ({@code cybersudoe.demo=true}), fills an empty registry with generated
 * organisations (3,000 by default, {@code cybersudoe.demo-companies}) and their contacts with
 * consents, each brought by the partner that answers for its region. Support structures and
 * software editors are mostly recorded as informed of the programme, so the dashboard shows
 * those indicators moving. Runs after the demo accounts; does nothing when the registry
 * already holds an organisation.
 */
@Component
class DemoCompanies {

    /** The generator's seed: the demo shows the same organisations on every fresh start. */
    static final long SEED = 2008;
    private static final int BATCH = 250;
    private static final Logger log = LoggerFactory.getLogger(DemoCompanies.class);

    /** What a run created, and how long it took. */
    record Loaded(int organisations, int contacts, int informed, int rejected, Duration took) {
        static Loaded nothing() {
            return new Loaded(0, 0, 0, 0, Duration.ZERO);
        }
    }

    private final boolean enabled;
    private final int count;
    private final CompanyRegistry registry;
    private final Organisations organisations;
    private final Contacts contacts;
    private final Network network;
    private final Activities activities;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCompanies(@Value("${cybersudoe.demo:false}") boolean enabled, @Value("${cybersudoe.demo-companies:3000}") int count,
                  CompanyRegistry registry, Organisations organisations, Contacts contacts, Network network,
                  Activities activities, TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
        this.enabled = enabled;
        this.count = count;
        this.registry = registry;
        this.organisations = organisations;
        this.contacts = contacts;
        this.network = network;
        this.activities = activities;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void onReady() {
        if (enabled) {
            create();
        }
    }

    /** Fills the registry if it is empty; returns what was created. */
    Loaded create() {
        if (organisations.count() > 0) {
            log.info("Demo mode: the registry already holds organisations, no demo organisations added");
            return Loaded.nothing();
        }
        long start = System.nanoTime();
        List<Territory> territories = network.partners().stream()
                .map(p -> new Territory(p.id().value(), p.country(), p.regions())).toList();
        Set<String> covered = territories.stream().flatMap(t -> t.regions().stream()).collect(Collectors.toSet());
        OrganisationGenerator generator = new OrganisationGenerator(SEED, clock.instant().atZone(clock.getZone()).getYear(),
                activities, territories);
        Map<String, Integer> byPartner = new TreeMap<>();
        int[] totals = new int[4];
        Iterator<GeneratedOrganisation> stream = generator.stream(count).iterator();
        while (stream.hasNext()) {
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < BATCH && stream.hasNext(); i++) {
                    GeneratedOrganisation generated = stream.next();
                    String partner = covered.contains(generated.nuts2())
                            ? network.partnerFor(generated.nuts2()).value() : generated.partnerId();
                    store(generated, partner, totals, byPartner);
                }
            });
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Loaded loaded = new Loaded(totals[0], totals[1], totals[2], totals[3], took);
        log.info("Demo mode: {} demo organisations with {} contacts created in {} ms ({} recorded as informed, {} refused); by partner {}",
                loaded.organisations(), loaded.contacts(), took.toMillis(), loaded.informed(), loaded.rejected(), byPartner);
        return loaded;
    }

    private void store(GeneratedOrganisation generated, String partner, int[] totals, Map<String, Integer> byPartner) {
        Registration registration = registry.register(generated.organisation(), partner);
        if (!(registration instanceof Registration.Registered registered) || !registered.created()) {
            if (registration instanceof Registration.Rejected rejected) {
                log.warn("Demo organisation {} refused: {}", generated.organisation().legalName(), rejected.problems());
            }
            totals[3]++;
            return;
        }
        Instant now = clock.instant();
        long organisationId = registered.id().value();
        for (GeneratedContact person : generated.contacts()) {
            Contact contact = new Contact(organisationId, new ContactDetails(person.firstName(), person.lastName(), person.job(),
                    person.email(), person.phone(), person.language()), now);
            contact.record(ConsentPurpose.NEWSLETTER, person.newsletterConsent(), LawfulBasis.CONSENT, partner,
                    GeneratedContact.CONSENT_SOURCE, null, now);
            contact.record(ConsentPurpose.EVENT_INVITATIONS, person.invitationConsent(), LawfulBasis.CONSENT, partner,
                    GeneratedContact.CONSENT_SOURCE, null, now);
            contacts.save(contact);
            totals[1]++;
        }
        OrganisationKind kind = generated.organisation().kind();
        if ((kind == OrganisationKind.SUPPORT_STRUCTURE || kind == OrganisationKind.SOFTWARE_EDITOR)
                && organisationId % 10 < 7) {
            Language language = generated.organisation().country().language();
            jdbc.sql("""
                            insert into organisation_event (organisation_id, kind, partner_id, occurred_at, summary)
                            values (?, ?, ?, ?, ?)""")
                    .params(organisationId, RegistryIndicators.INFORMED, partner, Timestamp.from(now),
                            LocalizedTextConverter.toJson(LocalizedText.of(language, informed(language))))
                    .update();
            totals[2]++;
        }
        totals[0]++;
        byPartner.merge(partner, 1, Integer::sum);
    }

    private static String informed(Language language) {
        return switch (language) {
            case FR -> "Informée du programme CyberSudoe";
            case ES -> "Informada del programa CyberSudoe";
            case PT -> "Informada do programa CyberSudoe";
            case EN -> "Informed of the CyberSudoe programme";
        };
    }
}
