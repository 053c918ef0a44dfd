package eu.cybersudoe.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A member structure as typed on the form; the website, when given, is an http(s) address. */
public record StructureForm(@NotBlank @Size(max = 200) String name,
                            @Size(max = 120) String city,
                            @Size(max = 300) @Pattern(regexp = "^$|(?i)https?://[^\\s<>\"]+") String website) {

    public static StructureForm empty() {
        return new StructureForm("", "", "");
    }
}
