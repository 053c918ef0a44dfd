package eu.cybersudoe.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Operational alerts raised by a module from its own data (a newsletter issue past its date,
 * a mission held without a report, minutes not approved…). A module implements this interface
 * as a Spring bean; monitoring finds every such bean, asks each one every day and keeps the
 * alerts it returns, without ever naming the module.
 * <p>
 * An alert is identified by its {@link RaisedAlert#rule() rule} and
 * {@link RaisedAlert#subject() subject}: the same pair returned on later days is the same
 * alert, and an alert no longer returned no longer holds.
 */
public interface AlertSource {

    /**
     * The alerts that hold on a day, computed from the module's dated records.
     *
     * @param day the day the check is made for, usually today
     */
    List<RaisedAlert> alertsOn(LocalDate day);
}
