package eu.cybersudoe.network;

import eu.cybersudoe.shared.LocalizedText;

/**
 * A theme of the toolbox and the conferences; data, so admins can add, retire or rename one.
 *
 * @param code      stable code such as {@code security}
 * @param kind      general or sectoral
 * @param name      its name
 * @param pictogram the file name of its SVG pictogram under {@code /img/themes/}
 * @param active    false once retired
 * @param position  order in lists
 */
public record Theme(String code, Kind kind, LocalizedText name, String pictogram, boolean active, int position) {

    /** General themes concern every company; sectoral ones a sector. */
    public enum Kind { GENERAL, SECTORAL }
}
