/**
 * Assistance missions (MIS): a company's request for an expert (after a diagnostic, met at a
 * conference, or entered by partner staff), routed to the partner answering for its region,
 * accepted, scheduled with an advisor, held, written up as an intervention report (needs by
 * theme, solutions, action plan, specifications), validated, delivered as PDF and DOCX,
 * acknowledged and rated by the company, and followed up months later. Counted for the
 * monitoring dashboard. Publishes {@link eu.cybersudoe.missions.MissionCompleted} when a report
 * is delivered, and {@link eu.cybersudoe.companies.CompanyActivityRecorded} for the company's
 * timeline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missions",
        allowedDependencies = {"shared", "network", "accounts", "companies", "conferences", "diagnostics", "monitoring", "community"})
package eu.cybersudoe.missions;
