package eu.cybersudoe.conferences.web;

import eu.cybersudoe.companies.SegmentSummary;
import eu.cybersudoe.companies.Segments;
import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceStatus;
import eu.cybersudoe.conferences.internal.Invitations;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Plans the invitations of a published conference: to one of the partner's saved segments
 * (contacts who agreed to event invitations only) or to a press list, now or on a day (9:00 at
 * the venue).
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
class InvitationController {

    private final ConferenceScope scope;
    private final Invitations invitations;
    private final Segments segments;

    InvitationController(ConferenceScope scope, Invitations invitations, Segments segments) {
        this.scope = scope;
        this.invitations = invitations;
        this.segments = segments;
    }

    @PostMapping("/{lang}/office/conferences/{conferenceId}/invitations")
    String plan(@PathVariable String lang, @PathVariable long conferenceId, @RequestParam(defaultValue = "SEGMENT") String audience,
                @RequestParam(required = false) Long segmentId, @RequestParam(required = false) String pressList,
                @RequestParam(required = false) String sendOn, HttpServletRequest request, RedirectAttributes redirect) {
        Conference conference = scope.require(conferenceId, request);
        String back = "redirect:/" + lang + "/office/conferences/" + conferenceId + "#invitations";
        if (conference.status() != ConferenceStatus.PUBLISHED) {
            redirect.addFlashAttribute("refused", "conferences.invitations.notPublished");
            return back;
        }
        Instant at;
        try {
            at = sendOn == null || sendOn.isBlank() ? null
                    : LocalDate.parse(sendOn.strip()).atTime(LocalTime.of(9, 0)).atZone(conference.details().zone()).toInstant();
        } catch (DateTimeException malformed) {
            redirect.addFlashAttribute("refused", "conferences.invitations.invalid");
            return back;
        }
        if ("PRESS".equals(audience)) {
            Invitations.PressList list = Invitations.parse(pressList, conference.details().languages().getFirst());
            if (list.contacts().isEmpty() || !list.refused().isEmpty()) {
                redirect.addFlashAttribute("refused", "conferences.invitations.pressInvalid");
                return back;
            }
            invitations.toPress(conferenceId, pressList, at, ConferenceScope.accountId());
        } else {
            boolean own = segmentId != null && segments.segmentsOf(conference.partnerId()).stream()
                    .map(SegmentSummary::id).anyMatch(id -> id == segmentId);
            if (!own) {
                redirect.addFlashAttribute("refused", "conferences.invitations.invalid");
                return back;
            }
            invitations.toSegment(conferenceId, segmentId, at, ConferenceScope.accountId());
        }
        redirect.addFlashAttribute("notice", at == null ? "conferences.invitations.queued" : "conferences.invitations.scheduled");
        return back;
    }
}
