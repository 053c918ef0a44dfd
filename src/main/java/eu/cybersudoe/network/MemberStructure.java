package eu.cybersudoe.network;

/**
 * A structure belonging to a partner's own network, such as one of Cybermassif's resource
 * centres. Network admins enter them in the platform; the reference files ship none.
 *
 * @param id      its number
 * @param partner the partner it belongs to
 * @param name    its name
 * @param city    its city, or null
 * @param website its site, or null
 */
public record MemberStructure(long id, PartnerId partner, String name, String city, String website) {
}
