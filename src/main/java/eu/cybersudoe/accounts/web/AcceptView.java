package eu.cybersudoe.accounts.web;

import eu.cybersudoe.shared.web.FieldErrors;

/**
 * The page an invitation link opens: the role offered and either a new account's form or, when
 * the address has an account, its password.
 */
public record AcceptView(String token, String email, String roleKey, String partnerName, boolean hasAccount,
                         AcceptForm form, FieldErrors errors) {
}
