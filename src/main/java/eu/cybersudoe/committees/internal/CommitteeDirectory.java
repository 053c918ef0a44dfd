package eu.cybersudoe.committees.internal;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.committees.Committees;
import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.Member;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The groups and their members, read from the module's tables, the names from the accounts. */
@Component
class CommitteeDirectory implements Committees {

    private final GroupStore store;
    private final AccountDirectory accounts;
    private final Clock clock;

    CommitteeDirectory(GroupStore store, AccountDirectory accounts, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public List<Group> groups() {
        return store.all();
    }

    @Override
    public Optional<Group> group(long groupId) {
        return store.find(groupId);
    }

    @Override
    public List<Member> membersOn(long groupId, LocalDate day) {
        return store.membershipsOn(groupId, day).stream()
                .map(m -> new Member(m.accountId(), accounts.account(m.accountId()).map(AccountDirectory.AccountCard::displayName)
                        .orElse("#" + m.accountId()), m.partnerId(), m.role(), m.from(), m.until()))
                .sorted(Comparator.comparing(Member::role).thenComparing(Member::displayName))
                .toList();
    }

    @Override
    public List<Member> currentMembers(long groupId) {
        return membersOn(groupId, LocalDate.now(clock));
    }

    @Override
    public boolean isMember(long groupId, long accountId) {
        return store.membershipsOf(accountId, LocalDate.now(clock)).stream().anyMatch(m -> m.groupId() == groupId);
    }

    @Override
    public List<Group> groupsOf(long accountId) {
        return store.membershipsOf(accountId, LocalDate.now(clock)).stream().map(GroupStore.Membership::groupId).distinct()
                .map(store::find).flatMap(Optional::stream).toList();
    }
}
