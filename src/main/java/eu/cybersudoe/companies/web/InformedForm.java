package eu.cybersudoe.companies.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** How, when and with what an organisation was informed of the programme, as typed on its page. */
public record InformedForm(@NotBlank String channel,
                           @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                           @NotBlank @Size(max = 1000) String what) {
}
