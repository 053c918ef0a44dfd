package eu.cybersudoe.community.internal;

/**
 * A person's place in a group.
 *
 * @param status    {@link Status#ACTIVE} or {@link Status#REQUESTED}
 * @param moderator whether they moderate the group
 */
public record Membership(long groupId, long accountId, String displayName, Status status, boolean moderator) {

    public enum Status { ACTIVE, REQUESTED }

    public boolean active() {
        return status == Status.ACTIVE;
    }
}
