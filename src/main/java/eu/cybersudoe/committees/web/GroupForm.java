package eu.cybersudoe.committees.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A working group to add. */
public record GroupForm(@NotBlank @Size(max = 200) String name) {
}
