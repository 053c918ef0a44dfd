/**
 * Diagnostics and self-assessments (DIA): questionnaires written as versioned YAML files under
 * {@code reference/diagnostics/}, taken by a company owner alone (anonymously, with a private
 * link to resume, or signed in), scored per dimension and overall, with maturity levels, an
 * action plan from the answers, a PDF report, and a way to ask for an expert's help.
 * <p>
 * What other modules see: {@link eu.cybersudoe.diagnostics.AssistanceRequested}, published when
 * a company asks for an expert after an assessment, and {@link eu.cybersudoe.diagnostics.AssistanceDesk},
 * the bean the module that handles those requests declares so that the button is shown.
 * {@link eu.cybersudoe.diagnostics.DiagnosticResults} reads a company's completed assessments, and
 * {@link eu.cybersudoe.diagnostics.RetakeInvitations} plans a durable e-mail inviting it to take a
 * questionnaire again (sent once when due by a scheduled poll).
 * Its questionnaires are offered in the toolbox as tools (a {@link eu.cybersudoe.toolbox.ToolSource}), and
 * the action plan's recommendations link to the toolbox's published items of their themes.
 * Completed assessments of a known company are reported to the registry's timeline with
 * {@link eu.cybersudoe.companies.CompanyActivityRecorded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Diagnostics",
        allowedDependencies = {"shared", "network", "companies", "monitoring", "search", "toolbox"})
package eu.cybersudoe.diagnostics;
