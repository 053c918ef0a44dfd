package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.DemoAccounts;

import java.util.List;

/**
 * What the sign-in page shows.
 *
 * @param email        the address typed before a failure, or null
 * @param errorKey     the message key of the failure, or null
 * @param waitMinutes  how long to wait after too many failures
 * @param demoAccounts the demo accounts, listed only in demo mode
 * @param demoPassword their password, only in demo mode
 */
public record LoginView(String email, String errorKey, long waitMinutes, List<DemoAccounts.Listed> demoAccounts, String demoPassword) {
}
