package eu.cybersudoe.missions.internal;

import eu.cybersudoe.community.ExchangeDesk;
import eu.cybersudoe.community.ExchangeReferred;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Receives the community exchanges partner staff turned into mission requests and records each
 * as a request of the company, routed to the partner answering for its region. Being a bean of
 * {@link ExchangeDesk}, it makes the community show its "turn into a mission request" button.
 */
@Component
public class ExchangeDeskListener implements ExchangeDesk {

    private final MissionService missions;

    ExchangeDeskListener(MissionService missions) {
        this.missions = missions;
    }

    @ApplicationModuleListener
    void on(ExchangeReferred referred) {
        record(referred);
    }

    /** Records the request; the listener runs it after the referral's transaction, on its own thread. */
    public Mission record(ExchangeReferred referred) {
        return missions.request(referred.company(), new Mission.Request(MissionOrigin.COMMUNITY, null, null, null,
                referred.contactEmail(), referred.language(), referred.message(), referred.themes(), referred.referredAt()),
                Actor.PLATFORM);
    }
}
