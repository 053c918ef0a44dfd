package eu.cybersudoe.network.web;

import eu.cybersudoe.network.Theme;

import java.util.List;

/**
 * The themes page.
 *
 * @param general  the themes for every company
 * @param sectoral the themes for one sector
 */
public record ThemesPage(List<Theme> general, List<Theme> sectoral) {
}
