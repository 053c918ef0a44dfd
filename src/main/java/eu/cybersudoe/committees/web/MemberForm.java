package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.CommitteeRole;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A member to add: a partner's staff account, a role and the first day. */
public record MemberForm(@NotNull Long accountId, @NotNull CommitteeRole role,
                         @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {

    static MemberForm empty(LocalDate today) {
        return new MemberForm(null, CommitteeRole.MEMBER, today);
    }
}
