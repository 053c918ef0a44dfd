package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indicators the registry measures, counted in SQL, cumulative up to the end of a day,
 * per partner and for the whole network as a distinct count (never a sum of the partners).
 * <ul>
 *   <li>{@code structures-informed}: distinct support structures of the registry for which a
 *   partner recorded on their timeline that it informed them of the programme (an
 *   {@code organisation_event} of kind {@value #INFORMED}); per partner, those it informed.</li>
 *   <li>{@code software-editors-informed}: the same for software editors.</li>
 *   <li>{@code structures-associated}: distinct support structures associated with the network
 *   that have at least one member account; per partner, those it sponsors.</li>
 *   <li>{@value #INDIRECTLY_AWARE}: distinct companies of the registry with a timeline activity of a kind
 *   the catalogue's definition names ({@link #SELF_SERVICE_KINDS}: an online self-assessment, a guide
 *   downloaded, a forum contribution), and without, by the end of the day, a conference attended or a
 *   mission delivered on their timeline ({@link #MET_KINDS}); per partner, those whose activity was
 *   recorded with that partner.</li>
 * </ul>
 * Each counts companies and structures, not records: a French company's establishments (records
 * of its SIRETs, {@code company_id}, decision 0017) count once with their company, whichever of
 * them a partner brought or informed ({@link #COMPANY}).
 * Being in the registry is not being informed, so an organisation without that record does not
 * count. The registry's own figures (companies in the registry, contacts with newsletter
 * consent) have no code in the catalogue yet: they are measured by {@link #companies} and
 * {@link #newsletterContacts}, ready to be claimed once the catalogue has codes for them.
 */
@Component
class RegistryIndicators implements IndicatorSource {

    /** The timeline kind recording that a partner informed an organisation of the programme. */
    static final String INFORMED = "programme.informed";

    private static final Map<String, OrganisationKind> INFORMED_KINDS = Map.of(
            "structures-informed", OrganisationKind.SUPPORT_STRUCTURE,
            "software-editors-informed", OrganisationKind.SOFTWARE_EDITOR);

    /** The company a record counts as: its own, or the company it is an establishment of. */
    static final String COMPANY = "coalesce(o.company_id, o.id)";

    private final JdbcClient jdbc;
    private final Clock clock;

    RegistryIndicators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static final String COMPANIES = "registry-companies";
    static final String NEWSLETTER_CONTACTS = "newsletter-contacts";
    static final String PROVIDERS = "solution-providers-known";
    static final String ASSOCIATED = "structures-associated";
    static final String INDIRECTLY_AWARE = "companies-indirectly-aware";
    /** Timeline kinds of a company using the platform on its own, as the catalogue's definition lists them. */
    static final List<String> SELF_SERVICE_KINDS = List.of("diagnostic.completed", "toolbox.guide-downloaded",
            "community.forum-contribution");
    /** Timeline kinds of a company met in person: a conference attended, a mission delivered. */
    static final List<String> MET_KINDS = List.of("conference.attended", "mission.delivered");

    @Override
    public Set<String> indicators() {
        return Set.of(COMPANIES, NEWSLETTER_CONTACTS, PROVIDERS, ASSOCIATED, INDIRECTLY_AWARE, "structures-informed",
                "software-editors-informed");
    }

    @Override
    public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
        OrganisationKind kind = INFORMED_KINDS.get(indicator);
        long value = switch (indicator) {
            case COMPANIES -> companies(until, partner);
            case NEWSLETTER_CONTACTS -> newsletterContacts(until, partner);
            case PROVIDERS -> providers(until, partner);
            case ASSOCIATED -> associated(until, partner);
            case INDIRECTLY_AWARE -> indirectlyAware(until, partner);
            default -> kind == null ? -1 : informed(kind, until, partner);
        };
        return value < 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(value));
    }

    /** Solution providers and software editors in the registry; for a partner, those it brought or served. */
    long providers(LocalDate until, Optional<PartnerId> partner) {
        String kinds = "('" + OrganisationKind.SOLUTION_PROVIDER.name() + "', '" + OrganisationKind.SOFTWARE_EDITOR.name() + "')";
        if (partner.isEmpty()) {
            return count(jdbc.sql("select count(distinct " + COMPANY + ") from organisation o where kind in " + kinds
                    + " and created_at < :end").param("end", end(until)));
        }
        return count(jdbc.sql("select count(distinct " + COMPANY + ") from organisation_partner p join organisation o "
                        + "on o.id = p.organisation_id where o.kind in " + kinds + " and p.partner_id = :partner and p.since < :end")
                .param("partner", partner.get().value()).param("end", end(until)));
    }

    /**
     * Support structures associated with the network that have at least one member account by the
     * end of the day; for a partner, those it sponsors.
     */
    long associated(LocalDate until, Optional<PartnerId> partner) {
        String sql = """
                select count(distinct %s) from organisation_association a
                join organisation o on o.id = a.organisation_id
                join company_user_link l on l.organisation_id = a.organisation_id and l.status = 'APPROVED'
                where a.associated_at < :end and l.decided_at < :end""".formatted(COMPANY);
        var statement = jdbc.sql(sql + (partner.isPresent() ? " and a.sponsor_partner_id = :partner" : "")).param("end", end(until));
        return count(partner.isPresent() ? statement.param("partner", partner.get().value()) : statement);
    }

    /** Companies that used the platform on their own and were never met at a conference or in a mission. */
    long indirectlyAware(LocalDate until, Optional<PartnerId> partner) {
        String sql = """
                select count(distinct o.id) from organisation o
                join organisation_event e on e.organisation_id = o.id
                where o.kind = :kind and e.kind in (:used) and e.occurred_at < :end
                and not exists (select 1 from organisation_event m where m.organisation_id = o.id and m.kind in (:met)
                    and m.occurred_at < :end)""";
        var statement = jdbc.sql(sql + (partner.isPresent() ? " and e.partner_id = :partner" : ""))
                .param("kind", OrganisationKind.COMPANY.name()).param("used", SELF_SERVICE_KINDS).param("met", MET_KINDS)
                .param("end", end(until));
        return count(partner.isPresent() ? statement.param("partner", partner.get().value()) : statement);
    }

    long informed(OrganisationKind kind, LocalDate until, Optional<PartnerId> partner) {
        String sql = """
                select count(distinct %s) from organisation o
                join organisation_event e on e.organisation_id = o.id
                where o.kind = :kind and e.kind = :informed and e.occurred_at < :end""".formatted(COMPANY);
        var statement = jdbc.sql(sql + (partner.isPresent() ? " and e.partner_id = :partner" : ""))
                .param("kind", kind.name()).param("informed", INFORMED).param("end", end(until));
        return count(partner.isPresent() ? statement.param("partner", partner.get().value()) : statement);
    }

    /**
     * Companies in the registry (kind COMPANY), each with its establishments counting once; for a
     * partner, those it brought or served (one of their records), since it did.
     */
    long companies(LocalDate until, Optional<PartnerId> partner) {
        if (partner.isEmpty()) {
            return count(jdbc.sql("select count(distinct " + COMPANY + ") from organisation o where kind = :kind and created_at < :end")
                    .param("kind", OrganisationKind.COMPANY.name()).param("end", end(until)));
        }
        return count(jdbc.sql("""
                        select count(distinct %s) from organisation_partner p
                        join organisation o on o.id = p.organisation_id
                        where o.kind = :kind and p.partner_id = :partner and p.since < :end""".formatted(COMPANY))
                .param("kind", OrganisationKind.COMPANY.name()).param("partner", partner.get().value()).param("end", end(until)));
    }

    /**
     * Contacts (not erased) whose latest newsletter consent recorded by the end of the day was a
     * grant; for a partner, contacts of organisations the partner brought or served.
     */
    long newsletterContacts(LocalDate until, Optional<PartnerId> partner) {
        String sql = """
                select count(distinct c.id) from contact c
                join consent_event e on e.contact_id = c.id
                where c.erased_at is null and e.purpose = 'NEWSLETTER' and e.granted = true and e.recorded_at < :end
                and not exists (select 1 from consent_event l where l.contact_id = c.id and l.purpose = 'NEWSLETTER'
                    and l.recorded_at < :end and (l.recorded_at > e.recorded_at or (l.recorded_at = e.recorded_at and l.id > e.id)))""";
        String byPartner = """
                 and exists (select 1 from organisation_partner p where p.organisation_id = c.organisation_id
                    and p.partner_id = :partner and p.since < :end)""";
        var statement = jdbc.sql(sql + (partner.isPresent() ? byPartner : "")).param("end", end(until));
        return count(partner.isPresent() ? statement.param("partner", partner.get().value()) : statement);
    }

    private Timestamp end(LocalDate until) {
        return Timestamp.from(until.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    private static long count(JdbcClient.StatementSpec statement) {
        return statement.query(Long.class).single();
    }
}
