package eu.cybersudoe.accounts.web;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;

/** What the account page shows of the account. */
public record AccountView(String email, String displayName, Role role, String partnerName, Language language) {
}
