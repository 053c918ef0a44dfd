package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/**
 * What the guide page of an indicator adds to its definition: the notes by region for Spain and the
 * steering committee's adoption of the monitoring rules.
 *
 * @param adoptedVersion the version of the rules last adopted, null while none is recorded
 * @param admin          whether the reader may record an adoption
 */
public record GuideRules(List<RegionNote> regions, String adoptedVersion, LocalDate adoptedOn, boolean admin, AdoptionForm form) {

    /** A Spanish region's note on the indicator. */
    public record RegionNote(String region, LocalizedText.Shown note) {
    }

    /** The adoption form as typed, with the problem to show. */
    public record AdoptionForm(String version, String adoptedOn, String error) {
    }
}
