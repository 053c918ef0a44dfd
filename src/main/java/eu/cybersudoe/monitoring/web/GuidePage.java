package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.shared.LocalizedText;

/**
 * The guide page of an indicator.
 *
 * @param entries how many values partners entered for it (the history kept once a module measures it)
 */
public record GuidePage(String code, LocalizedText.Shown name, LocalizedText.Shown definition, String kindKey, String unitKey,
                        String workPackage, String target, boolean distinct, boolean measured, int entries) {
}
