/**
 * Conferences (EVT): the partners' awareness conferences, workshops, seminars and press
 * conferences, announced on the public agenda and in calendar feeds, with registration, waiting
 * list, reminders, invitations, attendance, sign-in sheets and certificates, counted for the
 * monitoring dashboard. Publishes {@link eu.cybersudoe.conferences.ConferenceHeld} when a
 * conference closes with attendance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conferences",
        allowedDependencies = {"shared", "network", "accounts", "companies", "companies :: classification", "monitoring", "newsletters", "search", "community"})
package eu.cybersudoe.conferences;
