package eu.cybersudoe.committees.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Reminds owners of their open actions by e-mail: three days before the due date, then every
 * week while the action stays open past it. Each reminder is claimed by a conditional update of
 * the action in the transaction that publishes it, so that two nodes never send it twice and a
 * crash never loses it.
 */
@Component
public class ActionReminders {

    static final int DAYS_BEFORE = 3;
    static final int EVERY_DAYS = 7;

    private final RegisterStore register;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ActionReminders(RegisterStore register, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.register = register;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cybersudoe.committees.reminders-every:PT1H}", initialDelayString = "PT2M")
    void scheduled() {
        remind();
    }

    /** Sends the reminders due today; returns how many. */
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        LocalDate notSince = today.minusDays(EVERY_DAYS);
        int sent = 0;
        for (ActionItem action : register.toRemind(today.plusDays(DAYS_BEFORE), notSince)) {
            Boolean claimed = transactions.execute(status -> {
                if (!register.claimReminder(action.id(), today, notSince)) {
                    return false;
                }
                events.publishEvent(new CommitteeEvents.ActionReminderDue(action.id()));
                return true;
            });
            if (Boolean.TRUE.equals(claimed)) {
                sent++;
            }
        }
        return sent;
    }
}
