package eu.cybersudoe.committees.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** An action as typed: what, who, by when, and the agenda item it comes from. */
public record ActionForm(@NotBlank @Size(max = 1000) String title, @NotNull Long ownerId,
                         @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, Long agendaItemId) {

    static ActionForm empty() {
        return new ActionForm("", null, null, null);
    }
}
