package eu.cybersudoe.missions.internal;

import eu.cybersudoe.diagnostics.AssistanceDesk;
import eu.cybersudoe.diagnostics.AssistanceRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Receives the requests for an expert made after a diagnostic and records each as a mission
 * request for the partner it was routed to. Being a bean of {@link AssistanceDesk}, it makes the
 * diagnostics show their "ask an expert" button.
 */
@Component
public class AssistanceDeskListener implements AssistanceDesk {

    private final MissionService missions;

    AssistanceDeskListener(MissionService missions) {
        this.missions = missions;
    }

    @ApplicationModuleListener
    void on(AssistanceRequested requested) {
        record(requested);
    }

    /** Records the request; the listener runs it after the diagnostic's transaction, on its own thread. */
    public Mission record(AssistanceRequested requested) {
        return missions.requestAfterDiagnostic(requested.company(), requested.partnerId(), new Mission.Request(MissionOrigin.DIAGNOSTIC, null,
                requested.assessmentId(), requested.questionnaire(), requested.contactEmail(), null,
                requested.message(), List.of(), requested.requestedAt()));
    }
}
