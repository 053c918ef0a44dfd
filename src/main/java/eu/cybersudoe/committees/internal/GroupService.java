package eu.cybersudoe.committees.internal;

import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.accounts.StaffMember;
import eu.cybersudoe.committees.CommitteeRole;
import eu.cybersudoe.committees.GroupKind;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The groups' composition: network admins add working groups; they and a group's chair add
 * partner staff as members with a role from a day, and end a membership on its last day, so that
 * the composition on any past day stays as it was.
 */
@Service
public class GroupService {

    /** A partner's staff member who may be added to a group. */
    public record Candidate(long accountId, String name, String partnerId, String partnerName) {
    }

    private final GroupStore groups;
    private final GroupRights rights;
    private final StaffDirectory staff;
    private final Network network;
    private final Clock clock;

    GroupService(GroupStore groups, GroupRights rights, StaffDirectory staff, Network network, Clock clock) {
        this.groups = groups;
        this.rights = rights;
        this.staff = staff;
        this.network = network;
        this.clock = clock;
    }

    /** Whether the person manages the group's composition: network admins and the group's chair. */
    public boolean managesMembers(long groupId, Person person) {
        return person.networkAdmin() || groups.membershipsOf(person.accountId(), LocalDate.now(clock)).stream()
                .anyMatch(m -> m.groupId() == groupId && m.role() == CommitteeRole.CHAIR);
    }

    /** Every partner's staff, by partner then name. */
    public List<Candidate> candidates() {
        List<Candidate> all = new ArrayList<>();
        for (Partner partner : network.partners()) {
            for (StaffMember member : staff.staffOf(partner.id().value())) {
                all.add(new Candidate(member.accountId(), member.displayName(), partner.id().value(), partner.shortName()));
            }
        }
        return all;
    }

    @Transactional
    public Outcome addWorkingGroup(Person person, String name) {
        if (!person.networkAdmin()) {
            return Outcome.refused("committees.refused.notAdmin");
        }
        groups.addGroup("wg-" + UUID.randomUUID().toString().substring(0, 8), GroupKind.WORKING_GROUP, name.strip(), clock.instant());
        return Outcome.done("committees.group.added");
    }

    @Transactional
    public Outcome addMember(long groupId, Person person, long accountId, CommitteeRole role, LocalDate from) {
        if (!managesMembers(groupId, person)) {
            return Outcome.refused("committees.refused.notChair");
        }
        Optional<Candidate> candidate = candidates().stream().filter(c -> c.accountId() == accountId).findFirst();
        if (candidate.isEmpty()) {
            return Outcome.refusedOn("accountId", "committees.refused.notStaff");
        }
        boolean already = groups.memberships(groupId).stream().anyMatch(m -> m.accountId() == accountId
                && (m.until() == null || !m.until().isBefore(from)));
        if (already) {
            return Outcome.refusedOn("accountId", "committees.refused.alreadyMember");
        }
        groups.addMembership(groupId, accountId, candidate.get().partnerId(), role, from, clock.instant());
        return Outcome.done("committees.member.added");
    }

    @Transactional
    public Outcome endMembership(long groupId, Person person, long membershipId, LocalDate lastDay) {
        if (!managesMembers(groupId, person)) {
            return Outcome.refused("committees.refused.notChair");
        }
        return groups.endMembership(groupId, membershipId, lastDay) ? Outcome.done("committees.member.ended")
                : Outcome.refusedOn("lastDay", "committees.refused.notEnded");
    }
}
