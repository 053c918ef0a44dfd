package eu.cybersudoe.accounts.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a company user types to create an account. {@code website} is a trap field hidden from
 * people: robots fill it in.
 */
public record RegistrationForm(
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(min = 12, max = 128) String password,
        @NotBlank String passwordRepeat,
        @NotNull @AssertTrue Boolean acceptTerms,
        String website) {

    public static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "", Boolean.FALSE, "");
    }

    public boolean passwordsMatch() {
        return password != null && password.equals(passwordRepeat);
    }
}
