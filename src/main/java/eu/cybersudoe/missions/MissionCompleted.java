package eu.cybersudoe.missions;

import eu.cybersudoe.companies.CompanyId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An assistance mission's intervention report was delivered to the company.
 *
 * @param missionId   the mission
 * @param company     the company accompanied
 * @param partnerId   the partner whose advisor ran it
 * @param days        the mission's actual duration in consultant-days
 * @param themes      the theme codes of the needs it addressed
 * @param deliveredAt when the report was delivered
 */
public record MissionCompleted(long missionId, CompanyId company, String partnerId, BigDecimal days, List<String> themes,
                               Instant deliveredAt) {
    public MissionCompleted {
        themes = List.copyOf(themes);
    }
}
