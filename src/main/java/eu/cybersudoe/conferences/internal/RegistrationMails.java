package eu.cybersudoe.conferences.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The e-mails a registration owes its person — confirmation, waiting list, promotion from the
 * waiting list, the conference's cancellation, the reminder the day before, the rating request
 * after closing — sent once the deciding transaction has committed, from the event
 * publication registry: a relay outage neither undoes the registration nor loses the message,
 * which stays incomplete (listed for network admins) and is sent again until the relay takes it.
 */
@Component
class RegistrationMails {

    /** Which message. */
    enum Kind { CONFIRMED, WAITING, PROMOTED, CANCELLED, REMINDER, RATING }

    /**
     * A message owed to the person of a registration.
     *
     * @param registrationId the registration
     * @param kind           which message
     */
    record Due(long registrationId, Kind kind) {
    }

    private final RegistrationStore registrations;
    private final ConferenceStore conferences;
    private final ConferenceMails mails;

    RegistrationMails(RegistrationStore registrations, ConferenceStore conferences, ConferenceMails mails) {
        this.registrations = registrations;
        this.conferences = conferences;
        this.mails = mails;
    }

    @ApplicationModuleListener
    void on(Due due) {
        Registration registration = registrations.find(due.registrationId()).orElseThrow();
        Conference conference = conferences.find(registration.conferenceId()).orElseThrow();
        switch (due.kind()) {
            case CONFIRMED -> mails.confirmed(conference, registration);
            case WAITING -> mails.waiting(conference, registration);
            case PROMOTED -> mails.promoted(conference, registration);
            case CANCELLED -> mails.cancelled(conference, registration);
            case REMINDER -> mails.reminder(conference, registration);
            case RATING -> mails.ratingRequest(conference, registration);
        }
    }
}
