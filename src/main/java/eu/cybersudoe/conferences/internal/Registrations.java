package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.companies.CompanyActivityRecorded;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.ContactDirectory;
import eu.cybersudoe.companies.ContactId;
import eu.cybersudoe.companies.NewContact;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Registrations: a seat while one is left (one conditional update, so simultaneous registrations
 * never overbook), the waiting list after, promotion when someone cancels, check-in at the door
 * and walk-ins. E-mails are owed through {@link RegistrationMails.Due}, sent once the change is committed.
 */
@Service
public class Registrations {

    private final ConferenceStore conferences;
    private final RegistrationStore registrations;
    private final CompanyRegistry registry;
    private final ContactDirectory contacts;
    private final ConferenceMails mails;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Registrations(ConferenceStore conferences, RegistrationStore registrations, CompanyRegistry registry,
                  ContactDirectory contacts, ConferenceMails mails, ApplicationEventPublisher events,
                  TransactionTemplate transactions, Clock clock) {
        this.conferences = conferences;
        this.registrations = registrations;
        this.registry = registry;
        this.contacts = contacts;
        this.mails = mails;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A registration from the public form. */
    public RegistrationOutcome register(long conferenceId, Registrant registrant) {
        return register(conferenceId, registrant, false, null);
    }

    /** A person added at the door by staff: registered and checked in at once, when a seat is left. */
    public RegistrationOutcome walkIn(long conferenceId, Registrant registrant, Long staffAccount) {
        return register(conferenceId, registrant, true, staffAccount);
    }

    private RegistrationOutcome register(long conferenceId, Registrant registrant, boolean walkIn, Long staffAccount) {
        try {
            return transactions.execute(status -> {
                RegistrationOutcome outcome = registerInTransaction(conferenceId, registrant, walkIn, staffAccount);
                switch (outcome) {
                    case RegistrationOutcome.Confirmed confirmed when !walkIn && confirmed.registration().email() != null ->
                            events.publishEvent(new RegistrationMails.Due(confirmed.registration().id(), RegistrationMails.Kind.CONFIRMED));
                    case RegistrationOutcome.Waiting waiting ->
                            events.publishEvent(new RegistrationMails.Due(waiting.registration().id(), RegistrationMails.Kind.WAITING));
                    default -> {
                    }
                }
                return outcome;
            });
        } catch (DuplicateKeyException sameAddressMeanwhile) {
            return new RegistrationOutcome.Duplicate();
        }
    }

    private RegistrationOutcome registerInTransaction(long conferenceId, Registrant registrant, boolean walkIn, Long staffAccount) {
        Instant now = clock.instant();
        Conference conference = conferences.find(conferenceId).orElseThrow(() -> new NoSuchElementException("No conference " + conferenceId));
        boolean open = walkIn ? conference.status() == ConferenceStatus.PUBLISHED : conference.registrationOpen(now);
        if (!open) {
            return new RegistrationOutcome.NotOpen();
        }
        Optional<Registration> earlier = registrations.byEmail(conferenceId, registrant.person().email());
        if (earlier.isPresent() && earlier.get().status() != RegistrationStatus.CANCELLED) {
            return new RegistrationOutcome.Duplicate();
        }
        CompanyId company = registrant.known();
        if (company == null && blank(registrant.company().identifier())) {
            company = registry.findByName(registrant.company().country(), registrant.company().legalName(),
                    registrant.company().postcode()).orElse(null);
        }
        if (company == null) {
            var registered = registry.register(registrant.company(), conference.partnerId());
            if (registered instanceof eu.cybersudoe.companies.Registration.Rejected rejected) {
                return new RegistrationOutcome.Rejected(rejected.problems());
            }
            company = ((eu.cybersudoe.companies.Registration.Registered) registered).id();
        }
        Person person = registrant.person();
        Long contactId = person.email() == null ? null : contacts.register(company, new NewContact(person.firstName(),
                        person.lastName(), person.job(), person.email(), person.phone(), person.language()),
                registrant.newsletter() ? Set.of(ConsentPurpose.NEWSLETTER) : Set.of(), conference.partnerId(),
                "form: conference " + conferenceId).value();
        boolean seat = conferences.takeSeat(conferenceId);
        if (walkIn && !seat) {
            return new RegistrationOutcome.NotOpen();
        }
        RegistrationStatus status = seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        String token = CheckInLinks.newToken();
        String companyName = registrant.company().legalName().strip();
        long id;
        if (earlier.isPresent()) {
            id = earlier.get().id();
            if (!registrations.revive(id, token, company, companyName, contactId, person, status, now)) {
                throw new DuplicateKeyException("Registration " + id + " revived meanwhile");
            }
            if (walkIn) {
                registrations.checkIn(id, staffAccount, now);
            }
        } else {
            id = registrations.insert(conferenceId, token, company, companyName, contactId, person, status, walkIn, now);
        }
        Registration registration = registrations.find(id).orElseThrow();
        events.publishEvent(new CompanyActivityRecorded(company, "conference.registered", conference.partnerId(), now,
                activity(conference, "conferences.activity.registered"), "/conferences/" + conferenceId));
        if (walkIn) {
            attended(conference, registration, now);
        }
        return seat ? new RegistrationOutcome.Confirmed(registration) : new RegistrationOutcome.Waiting(registration);
    }

    /**
     * Cancels a registration from its personal link. A freed seat goes to the first person of the
     * waiting list, who is told by e-mail. A closed conference's registrations stay as they are.
     *
     * @return false when there was nothing to cancel
     */
    public boolean cancel(String token) {
        Instant now = clock.instant();
        Boolean cancelled = transactions.execute(status -> {
            Registration registration = registrations.byToken(token).orElse(null);
            if (registration == null || registration.attended()) {
                return null;
            }
            Conference conference = conferences.find(registration.conferenceId()).orElseThrow();
            if (conference.status() == ConferenceStatus.CLOSED || conference.isPast(now)) {
                return null;
            }
            if (registrations.move(registration.id(), RegistrationStatus.WAITING, RegistrationStatus.CANCELLED, "cancelled_at", now)) {
                return true;
            }
            if (!registrations.move(registration.id(), RegistrationStatus.CONFIRMED, RegistrationStatus.CANCELLED, "cancelled_at", now)) {
                return null;
            }
            promoteOrRelease(conference, now).ifPresent(next ->
                    events.publishEvent(new RegistrationMails.Due(next.id(), RegistrationMails.Kind.PROMOTED)));
            return true;
        });
        return cancelled != null;
    }

    /** Gives the freed seat to the first person waiting, or frees it. */
    private Optional<Registration> promoteOrRelease(Conference conference, Instant now) {
        if (conference.status() == ConferenceStatus.PUBLISHED) {
            for (Registration waiting : registrations.waiting(conference.id())) {
                if (registrations.move(waiting.id(), RegistrationStatus.WAITING, RegistrationStatus.CONFIRMED, "promoted_at", now)) {
                    return registrations.find(waiting.id());
                }
            }
        }
        conferences.releaseSeat(conference.id());
        return Optional.empty();
    }

    /** What became of a check-in. */
    public enum CheckIn {
        /** Checked in now. */
        DONE,
        /** Not before the conference's day at the venue, unless the staff member chose to. */
        NOT_YET,
        /** Already checked in, not confirmed, or the conference is not open (closed ones are frozen). */
        REFUSED
    }

    /**
     * Checks a confirmed person in, from the conference's day at the venue on; {@code early} is the
     * staff's choice to check in before (a participant who came the day before to collect a badge).
     */
    public CheckIn checkIn(long registrationId, Long staffAccount, boolean early) {
        CheckIn done = transactions.execute(status -> {
            Instant now = clock.instant();
            Registration registration = registrations.find(registrationId).orElseThrow();
            Conference conference = conferences.find(registration.conferenceId()).orElseThrow();
            if (conference.status() != ConferenceStatus.PUBLISHED) {
                return CheckIn.REFUSED;
            }
            if (!early && checkInOpensOn(conference).isAfter(now.atZone(conference.details().zone()).toLocalDate())) {
                return CheckIn.NOT_YET;
            }
            if (!registrations.checkIn(registrationId, staffAccount, now)) {
                return CheckIn.REFUSED;
            }
            attended(conference, registration, now);
            return CheckIn.DONE;
        });
        return done;
    }

    /** The day check-in opens: the conference's day at the venue. */
    public static java.time.LocalDate checkInOpensOn(Conference conference) {
        return conference.startsAt().atZone(conference.details().zone()).toLocalDate();
    }

    /** Records a participant's satisfaction rating (1 to 5) once, after they attended. */
    public boolean rate(String token, int rating, String comment) {
        if (rating < 1 || rating > 5) {
            return false;
        }
        return registrations.byToken(token).map(r -> registrations.rate(r.id(), rating,
                comment == null || comment.isBlank() ? null : comment.strip(), clock.instant())).orElse(false);
    }

    private void attended(Conference conference, Registration registration, Instant now) {
        events.publishEvent(new CompanyActivityRecorded(registration.company(), "conference.attended", conference.partnerId(),
                now, activity(conference, "conferences.activity.attended"), "/conferences/" + conference.id()));
    }

    /** The timeline's line, in every language the bundles have, naming the conference in that language. */
    private LocalizedText activity(Conference conference, String key) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, mails.t(language, key, conference.title().in(language).text()));
        }
        return new LocalizedText(texts, Language.DEFAULT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
