package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.Member;
import eu.cybersudoe.committees.internal.GroupService;
import eu.cybersudoe.committees.internal.GroupStore;
import eu.cybersudoe.committees.internal.Meeting;
import eu.cybersudoe.shared.web.FieldErrors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A group's page: its composition on a day, its memberships over time (for those who manage
 * them), a page of its meetings with their titles.
 *
 * @param refusal the end of a membership refused on its last day, with the day typed
 */
public record GroupView(Group group, LocalDate on, boolean today, List<Member> members, List<GroupStore.Membership> memberships,
                        Map<Long, String> names, List<Meeting> meetings, Map<Long, String> titles, int pageNumber, long lastPage,
                        boolean managesMembers, List<GroupService.Candidate> candidates, MemberForm form, FieldErrors errors,
                        Map<String, String> partners, Refusal refusal) {
}
