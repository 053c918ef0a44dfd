package eu.cybersudoe.accounts.web;

import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;

import java.util.List;

/**
 * The invitation form: the roles the person may invite, the partners they may choose (only
 * their own for a partner manager), the languages of the e-mail, and how long the link lasts.
 */
public record InviteView(InvitationForm form, FieldErrors errors, List<Role> roles, List<Partner> partners, List<Language> languages,
                         long validDays, boolean admin) {
}
