package eu.cybersudoe.monitoring.web;

import java.util.Map;

/**
 * What the dashboard shows of the trajectories and alerts beside the measured values.
 *
 * @param forecasts  each indicator's forecast at the end of the semester shown, formatted, by code
 * @param openAlerts how many alerts not resolved concern what the reader may see
 */
public record DashboardTrajectory(Map<String, String> forecasts, int openAlerts) {

    public static final DashboardTrajectory NONE = new DashboardTrajectory(Map.of(), 0);

    public DashboardTrajectory {
        forecasts = Map.copyOf(forecasts);
    }

    /** The forecast of an indicator, or null when it has none. */
    public String forecast(String code) {
        return forecasts.get(code);
    }
}
