package eu.cybersudoe.missions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A mission as lists and exports show it. */
public record MissionRow(long id, Long companyId, String companyName, String partnerId, MissionOrigin origin, MissionState state,
                         String advisorName, Instant requestedAt, LocalDate scheduledOn, LocalDate heldOn, BigDecimal actualDays,
                         List<String> themes, Instant deliveredAt, Integer rating) {
}
