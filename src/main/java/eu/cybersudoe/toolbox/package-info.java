/**
 * The common toolbox (TBX-1 to TBX-3, PRA-5, WEB-2): guides, awareness videos, tools and articles
 * of the partners per theme, in four languages, with a translation workflow per language (missing,
 * draft, in review, published, outdated) whose publication is approved by another partner's staff,
 * a coverage matrix, XLIFF 2.0 exchange with translators, and the public pages.
 * <p>
 * What other modules see: {@link eu.cybersudoe.toolbox.Toolbox} (items by id and theme, their
 * titles and public links) and {@link eu.cybersudoe.toolbox.ToolSource}, the extension point through
 * which a module offers its own tools (diagnostics' questionnaires); the toolbox never names them.
 * A guide downloaded by a signed-in company is reported to the registry's timeline with
 * {@link eu.cybersudoe.companies.CompanyActivityRecorded} of kind
 * {@value eu.cybersudoe.toolbox.Toolbox#GUIDE_DOWNLOADED}. Published items take comments through the
 * community's {@link eu.cybersudoe.community.CommentTarget}, moderated by the author partner's staff.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Toolbox",
        allowedDependencies = {"shared", "network", "accounts", "companies", "monitoring", "community"})
package eu.cybersudoe.toolbox;
