package eu.cybersudoe.missions.internal;

import java.time.LocalDate;

/**
 * What a list of missions shows. Null fields do not filter.
 *
 * @param partnerId the partner whose missions are listed; null for all (network admins only)
 * @param state     one state
 * @param advisorId one advisor's missions
 * @param theme     missions with this theme among their needs
 * @param from      requested, scheduled or held on or after this day
 * @param to        … on or before this day
 * @param companyId one company's missions
 */
public record MissionFilter(String partnerId, MissionState state, Long advisorId, String theme, LocalDate from, LocalDate to,
                            Long companyId) {

    public static MissionFilter ofPartner(String partnerId) {
        return new MissionFilter(partnerId, null, null, null, null, null, null);
    }
}
