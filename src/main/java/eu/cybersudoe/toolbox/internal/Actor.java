package eu.cybersudoe.toolbox.internal;

/**
 * Who acts on the toolbox: an account acting for a partner, or a network admin.
 *
 * @param accountId the account
 * @param partnerId the partner acted for (the own partner of a network admin), or null
 * @param admin     whether a network admin
 */
public record Actor(long accountId, String partnerId, boolean admin) {

    /** Whether the actor may change an item of this partner: its own partner's staff or a network admin. */
    public boolean mayEdit(String itemPartner) {
        return admin || itemPartner.equals(partnerId);
    }

    /** Whether the actor may review a text of an item of this partner submitted by this account: another partner's staff. */
    public boolean mayReview(String itemPartner, Long submittedBy) {
        return partnerId != null && !partnerId.equals(itemPartner) && (submittedBy == null || submittedBy != accountId);
    }
}
