package eu.cybersudoe.network;

import eu.cybersudoe.shared.LocalizedText;

import java.math.BigDecimal;

/**
 * A work package (groupe de tâches, GT) of the project.
 *
 * @param code    GT0 … GT6
 * @param title   its title
 * @param coPilot the partner co-piloting it, or null (GT0)
 * @param budget  its budget line in euros
 */
public record WorkPackage(String code, LocalizedText title, PartnerId coPilot, BigDecimal budget) {
}
