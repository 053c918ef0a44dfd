package eu.cybersudoe.accounts;

import java.util.List;

/** Who works for a partner on the platform. */
public interface StaffDirectory {

    /** The staff accounts of a partner, by name. */
    List<StaffMember> staffOf(String partnerId);
}
