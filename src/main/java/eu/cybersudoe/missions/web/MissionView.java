package eu.cybersudoe.missions.web;

import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionState;

import java.util.List;

/**
 * A mission as its pages show it.
 *
 * @param companyName the company's name, or the address given when no company is tied to it yet
 * @param partnerName the partner's short name
 * @param themeNames  the names of its themes in the reader's language
 */
public record MissionView(Mission mission, String companyName, String partnerName, List<String> themeNames) {

    public long id() {
        return mission.id();
    }

    public MissionState state() {
        return mission.state();
    }

    public boolean is(MissionState... states) {
        return List.of(states).contains(mission.state());
    }
}
