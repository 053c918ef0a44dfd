package eu.cybersudoe.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the invited person types to create their account: their name and a password, twice. */
public record AcceptForm(@NotBlank @Size(max = 200) String displayName,
                         @NotBlank @Size(min = 12, max = 128) String password,
                         @NotBlank String passwordRepeat) {

    public boolean passwordsMatch() {
        return password != null && password.equals(passwordRepeat);
    }
}
