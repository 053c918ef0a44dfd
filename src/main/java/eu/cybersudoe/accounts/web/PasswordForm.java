package eu.cybersudoe.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, typed twice, with the current one when changing it from the account page. */
public record PasswordForm(String currentPassword,
                           @NotBlank @Size(min = 12, max = 128) String password,
                           @NotBlank String passwordRepeat) {

    public static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }

    public boolean passwordsMatch() {
        return password != null && password.equals(passwordRepeat);
    }
}
