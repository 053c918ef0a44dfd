package eu.cybersudoe.committees.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Who may do what in a group: network admins and the group's current chair and secretary run it;
 * its current members read everything it holds; anyone else only what it publishes (approved
 * minutes and their decisions, the register).
 */
@Component
public class GroupRights {

    private final GroupStore groups;
    private final Clock clock;

    GroupRights(GroupStore groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    public boolean runs(long groupId, Person person) {
        return person.networkAdmin() || groups.membershipsOf(person.accountId(), LocalDate.now(clock)).stream()
                .anyMatch(m -> m.groupId() == groupId && m.role().runsMeetings());
    }

    public boolean member(long groupId, Person person) {
        return groups.membershipsOf(person.accountId(), LocalDate.now(clock)).stream().anyMatch(m -> m.groupId() == groupId);
    }

    /** Whether the person reads what the group has not published yet. */
    public boolean readsAll(long groupId, Person person) {
        return person.networkAdmin() || member(groupId, person);
    }
}
