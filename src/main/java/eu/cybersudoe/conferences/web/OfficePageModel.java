package eu.cybersudoe.conferences.web;

import eu.cybersudoe.companies.Segments;
import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceIndicators;
import eu.cybersudoe.conferences.internal.ConferenceTimes;
import eu.cybersudoe.conferences.internal.Invitations;
import eu.cybersudoe.conferences.internal.Proposals;
import eu.cybersudoe.conferences.internal.ConferenceOrganisers;
import eu.cybersudoe.conferences.internal.Registration;
import eu.cybersudoe.conferences.internal.RegistrationStore;
import eu.cybersudoe.conferences.internal.Registrations;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.web.FieldErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** What the organisers' page of one conference shows: details, registrations, attendance, ratings, invitations. */
@Component
class OfficePageModel {

    private final RegistrationStore registrations;
    private final ConferenceViews views;
    private final Invitations invitations;
    private final Segments segments;
    private final Proposals proposals;
    private final ConferenceOrganisers organisers;

    private final Clock clock;

    OfficePageModel(RegistrationStore registrations, ConferenceViews views, Invitations invitations, Segments segments,
                    Proposals proposals, ConferenceOrganisers organisers, Clock clock) {
        this.organisers = organisers;
        this.clock = clock;
        this.registrations = registrations;
        this.views = views;
        this.invitations = invitations;
        this.segments = segments;
        this.proposals = proposals;
    }

    /** Fills the model with the page and a walk-in form (with its errors, when it came back) and names the template. */
    String fill(Model model, Conference conference, Language language, RegistrationForm walkIn, FieldErrors errors) {
        List<Registration> all = registrations.of(conference.id());
        List<Registration> present = all.stream().filter(Registration::attended).toList();
        model.addAttribute("view", views.of(conference, language));
        model.addAttribute("registrations", all);
        model.addAttribute("attended", (long) present.size());
        model.addAttribute("companies", present.stream().map(Registration::company).distinct().count());
        model.addAttribute("expected", ConferenceIndicators.EXPECTED_COMPANIES);
        OptionalDouble rating = all.stream().map(Registration::rating).filter(Objects::nonNull).mapToInt(Integer::intValue).average();
        model.addAttribute("rating", rating.isPresent() ? String.format(language.locale(), "%.1f", rating.getAsDouble()) : null);
        model.addAttribute("ratings", all.stream().map(Registration::rating).filter(Objects::nonNull).count());
        model.addAttribute("comments", all.stream().map(Registration::ratingComment).filter(Objects::nonNull).toList());
        model.addAttribute("invitations", invitations.of(conference.id()));
        model.addAttribute("proposedBy", proposals.proposer(conference.id()).orElse(null));
        model.addAttribute("refusal", proposals.refusal(conference.id()).orElse(null));
        model.addAttribute("organiser", organisers.of(conference.id()).orElse(null));
        boolean mayReassign = ConferenceScope.managesPartner();
        model.addAttribute("staff", mayReassign ? organisers.staffOf(conference.partnerId()) : List.of());
        model.addAttribute("segments", segments.segmentsOf(conference.partnerId()));
        model.addAttribute("pressDate", conference.kind() == ConferenceKind.COMMITTEE_SEMINAR
                ? conference.startsAt().minus(Invitations.PRESS_RELEASE_BEFORE).atZone(conference.details().zone()).toLocalDate().toString()
                : "");
        model.addAttribute("errors", errors);
        model.addAttribute("walkIn", walkIn);
        LocalDate opensOn = Registrations.checkInOpensOn(conference);
        model.addAttribute("checkInOpensOn", opensOn.isAfter(LocalDate.now(clock.withZone(conference.details().zone())))
                ? ConferenceTimes.day(conference.startsAt(), conference.details().zone(), language) : null);
        return "conferences/office-page";
    }
}
