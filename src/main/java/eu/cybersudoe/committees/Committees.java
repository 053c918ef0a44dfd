package eu.cybersudoe.committees;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The committees and working groups and who belongs to them, for modules that build on them
 * (shared folders per group). Memberships are dated, so that a past composition stays true.
 */
public interface Committees {

    /** Every group: the steering committee, the technical committee, then the working groups by name. */
    List<Group> groups();

    /** A group by id. */
    Optional<Group> group(long groupId);

    /** The group's members on a day, by role then name. */
    List<Member> membersOn(long groupId, LocalDate day);

    /** The group's members today. */
    List<Member> currentMembers(long groupId);

    /** Whether the account belongs to the group today. */
    boolean isMember(long groupId, long accountId);

    /** The groups the account belongs to today. */
    List<Group> groupsOf(long accountId);
}
