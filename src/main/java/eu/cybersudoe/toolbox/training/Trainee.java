package eu.cybersudoe.toolbox.training;

/**
 * Who acts on the training: a partner's staff member, possibly its manager, or a network admin.
 *
 * @param accountId the account
 * @param name      the person's name
 * @param partnerId the partner acted for, or null
 * @param manager   whether the partner's manager (may enrol the partner's staff)
 * @param admin     whether a network admin (runs the programme, acts for every partner)
 */
public record Trainee(long accountId, String name, String partnerId, boolean manager, boolean admin) {

    /** Whether the person may act for a member of this partner's staff: themselves, their manager, or an admin. */
    public boolean mayActFor(long account, String partner) {
        return admin || account == accountId || (manager && partner != null && partner.equals(partnerId));
    }

    /** Whether the person may see the records of this partner's staff. */
    public boolean sees(String partner) {
        return admin || (partner != null && partner.equals(partnerId));
    }
}
