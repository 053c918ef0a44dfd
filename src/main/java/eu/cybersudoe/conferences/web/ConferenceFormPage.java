package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.conferences.internal.ConferenceFormat;
import eu.cybersudoe.conferences.internal.VenueZones;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.web.FieldErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The conference form with its choices, for partner staff and for associated structures' proposals. */
@Component
class ConferenceFormPage {

    private final Network network;

    ConferenceFormPage(Network network) {
        this.network = network;
    }

    /**
     * @param action where the form posts, within the language; null for the staff's new or edit address
     */
    String fill(Model model, Long conferenceId, ConferenceForm form, FieldErrors errors, String action) {
        model.addAttribute("conferenceId", conferenceId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ConferenceKind.values());
        model.addAttribute("formats", ConferenceFormat.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("themes", network.themes(false));
        model.addAttribute("partners", network.partners());
        model.addAttribute("regions", network.regions());
        model.addAttribute("zones", VenueZones.ALL.stream().map(z -> z.getId()).toList());
        model.addAttribute("action", action);
        return "conferences/office-form";
    }
}
