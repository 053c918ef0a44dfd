package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.newsletters.internal.Issue;
import eu.cybersudoe.newsletters.internal.IssueState;
import eu.cybersudoe.newsletters.internal.UncertainCopies;
import org.springframework.stereotype.Component;

/** Builds the block of an issue's page that lists its uncertain copies and the decisions taken on them. */
@Component
class UncertainViews {

    private final UncertainCopies uncertain;
    private final AccountDirectory accounts;

    UncertainViews(UncertainCopies uncertain, AccountDirectory accounts) {
        this.uncertain = uncertain;
        this.accounts = accounts;
    }

    UncertainView of(Issue issue) {
        var decisions = uncertain.decisions(issue.id()).stream()
                .map(taken -> new UncertainView.Decision(taken.decision(), taken.copies(), accounts.account(taken.decidedBy())
                        .map(AccountDirectory.AccountCard::displayName).orElse("#" + taken.decidedBy()), taken.decidedAt()))
                .toList();
        return new UncertainView(uncertain.awaiting(issue.id()), decisions, resendable(issue));
    }

    /** Whether the issue may send its uncertain copies again: not when it was cancelled. */
    static boolean resendable(Issue issue) {
        return issue.state() == IssueState.SENDING || issue.state() == IssueState.PAUSED || issue.state() == IssueState.SENT;
    }
}
