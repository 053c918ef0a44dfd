package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.InformedChannel;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.OrganisationsInformed;
import eu.cybersudoe.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the registry which support structures and software editors a launched issue goes to, so
 * that they are recorded as informed of the programme (decision 0016): one
 * {@link OrganisationsInformed} per issue, published in the launch's transaction, for the
 * organisations with at least one address in the frozen audience that is not suppressed.
 */
@Component
class InformedOrganisations {

    /** The kinds of organisation the programme counts as informed. */
    static final Set<OrganisationKind> KINDS = EnumSet.of(OrganisationKind.SUPPORT_STRUCTURE, OrganisationKind.SOFTWARE_EDITOR);

    private final JdbcClient jdbc;
    private final CompanyRegistry registry;
    private final Issues issues;
    private final ApplicationEventPublisher events;

    InformedOrganisations(JdbcClient jdbc, CompanyRegistry registry, Issues issues, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.issues = issues;
        this.events = events;
    }

    /** Publishes the sending of the launched issue to the structures and editors of its audience, if it reaches any. */
    void launched(Issue issue, Instant now, ZoneId zone) {
        List<CompanyId> audience = jdbc.sql("select distinct company_id from newsletter_send where issue_id = ? "
                        + "and state <> 'SUPPRESSED' and company_id is not null")
                .param(issue.id()).query(Long.class).list().stream().map(CompanyId::new).toList();
        List<CompanyId> informed = List.copyOf(registry.ofKinds(audience, KINDS));
        if (informed.isEmpty()) {
            return;
        }
        events.publishEvent(new OrganisationsInformed(informed, null, InformedChannel.MAILING, LocalDate.ofInstant(now, zone),
                what(issue), issue.approvedBy(), "CyberSudoe", "newsletter-issue-" + issue.id()));
    }

    /** "Newsletter 12: " and the subject of its English variant (or of its first one). */
    private String what(Issue issue) {
        var variants = issues.variants(issue.id());
        var variant = variants.getOrDefault(Language.EN, variants.values().stream().findFirst().orElse(null));
        return "Newsletter " + issue.number() + (variant == null ? "" : ": " + variant.subject());
    }
}
