package eu.cybersudoe.community.internal;

import eu.cybersudoe.shared.LocalizedText;

/**
 * A thematic or sector group.
 *
 * @param themeCode the network theme it was made for, or null for a group staff created
 * @param openToAll true when anyone who may take part joins at once; false when a moderator accepts each request
 */
public record Group(long id, String themeCode, LocalizedText name, LocalizedText description, boolean openToAll) {
}
