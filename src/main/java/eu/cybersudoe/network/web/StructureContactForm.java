package eu.cybersudoe.network.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact of a member structure as typed on the form. */
public record StructureContactForm(@NotBlank @Size(max = 200) String contactName,
                                   @Size(max = 200) String jobTitle,
                                   @Email @Size(max = 254) String email,
                                   @Size(max = 40) @Pattern(regexp = "^$|[+0-9 ().-]{6,40}") String phone) {

    public static StructureContactForm empty() {
        return new StructureContactForm("", "", "", "");
    }
}
