package eu.cybersudoe.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What an inviter types: who, with which role, for which partner, in which language the e-mail goes. */
public record InvitationForm(@NotBlank @Email @Size(max = 254) String email,
                             @NotBlank @Size(max = 200) String displayName,
                             @NotBlank String role,
                             String partnerId,
                             List<String> grantedPartners,
                             @NotBlank String language) {

    public static InvitationForm empty(String partnerId, String language) {
        return new InvitationForm("", "", "", partnerId, List.of(), language);
    }

    public List<String> granted() {
        return grantedPartners == null ? List.of() : grantedPartners.stream().filter(p -> p != null && !p.isBlank()).distinct().toList();
    }
}
