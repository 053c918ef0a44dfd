package eu.cybersudoe.committees.internal;

/**
 * Who acts on the committees' pages.
 *
 * @param networkAdmin whether they act as a network admin, who runs every group
 * @param partnerId    the partner they act for, or null
 */
public record Person(long accountId, String name, boolean networkAdmin, String partnerId) {
}
