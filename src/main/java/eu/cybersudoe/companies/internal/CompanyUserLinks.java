package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.companies.identifiers.IdentifierKind;
import eu.cybersudoe.companies.identifiers.Identifiers;
import eu.cybersudoe.companies.identifiers.NationalIdentifier;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Links company users to companies, in table company_user_link; see {@link CompanyUsers} for the rules. */
@Service
@Transactional
class CompanyUserLinks implements CompanyUsers {

    private static final String COLUMNS = """
            id, account_id, organisation_id, status, created_company, requested_at, decided_at, decided_by, decided_by_partner""";

    private final JdbcClient jdbc;
    private final Network network;
    private final RegistryService registry;
    private final CompanyLinkMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompanyUserLinks(JdbcClient jdbc, Network network, RegistryService registry, CompanyLinkMails mails,
                     ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.network = network;
        this.registry = registry;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Registration createCompany(long accountId, Role role, NewOrganisation company) {
        requireCompanyUser(role);
        requireNotLinked(accountId);
        Registration result = registry.registerNew(company);
        if (result instanceof Registration.Registered registered) {
            linkCreator(accountId, role, registered.id());
        }
        return result;
    }

    @Override
    public Link requestByIdentifier(long accountId, Role role, Country country, String identifier) {
        requireCompanyUser(role);
        NationalIdentifier checked = Identifiers.check(country, identifier).accepted()
                .orElseThrow(() -> new LinkRefused("companies.link.identifierInvalid"));
        List<String> candidates = checked.kind() == IdentifierKind.SIRET
                ? List.of(checked.value(), Identifiers.siren(checked).value()) : List.of(checked.value());
        CompanyId company = candidates.stream()
                .flatMap(value -> jdbc.sql("select id from organisation where country = ? and identifier = ?")
                        .params(country.name(), value).query(Long.class).optional().stream())
                .findFirst().map(CompanyId::new)
                .orElseThrow(() -> new LinkRefused("companies.link.noSuchCompany"));
        Link link = request(accountId, role, company);
        events.publishEvent(new CompanyLinkMails.Due(link.id()));
        return link;
    }

    @Override
    public Link linkCreator(long accountId, Role role, CompanyId company) {
        requireCompanyUser(role);
        requireCompany(company);
        requireNotLinked(accountId);
        Timestamp now = Timestamp.from(clock.instant());
        long id = insert(accountId, company, Status.APPROVED, true, now, now);
        return link(id);
    }

    @Override
    public Link request(long accountId, Role role, CompanyId company) {
        requireCompanyUser(role);
        requireCompany(company);
        requireNotLinked(accountId);
        boolean pending = jdbc.sql("select count(*) from company_user_link where account_id = ? and organisation_id = ? and status = 'REQUESTED'")
                .params(accountId, company.value()).query(Long.class).single() > 0;
        if (pending) {
            throw new LinkRefused("companies.link.alreadyRequested");
        }
        long id = insert(accountId, company, Status.REQUESTED, false, Timestamp.from(clock.instant()), null);
        return link(id);
    }

    @Override
    public Link approve(long linkId, Decider decider) {
        Link link = pending(linkId, decider);
        requireNotLinked(link.accountId());
        decide(linkId, Status.APPROVED, decider);
        events.publishEvent(new CompanyLinkMails.Due(linkId));
        return link(linkId);
    }

    @Override
    public Link refuse(long linkId, Decider decider) {
        pending(linkId, decider);
        decide(linkId, Status.REFUSED, decider);
        events.publishEvent(new CompanyLinkMails.Due(linkId));
        return link(linkId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CompanyId> companyOf(long accountId) {
        return jdbc.sql("select organisation_id from company_user_link where account_id = ? and status = 'APPROVED'")
                .param(accountId).query(Long.class).optional().map(CompanyId::new);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Link> latestOf(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from company_user_link where account_id = ? order by requested_at desc, id desc")
                .param(accountId).query(CompanyUserLinks::row).list().stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Link> pendingFor(Decider decider) {
        return jdbc.sql("select " + COLUMNS + " from company_user_link where status = 'REQUESTED' order by requested_at, id")
                .query(CompanyUserLinks::row).list().stream()
                .filter(link -> mayDecide(decider, link.company())).toList();
    }

    /**
     * Network admins decide for any company; partner staff for the companies their partner knows: brought
     * or served, or in the region it answers for. Leading the network gives no say over other partners' companies.
     */
    boolean mayDecide(Decider decider, CompanyId company) {
        return decider.networkAdmin() || knows(decider.partnerId(), company);
    }

    private boolean knows(String partnerId, CompanyId company) {
        if (partnerId == null) {
            return false;
        }
        boolean knows = jdbc.sql("select count(*) from organisation_partner where organisation_id = ? and partner_id = ?")
                .params(company.value(), partnerId).query(Long.class).single() > 0;
        if (knows) {
            return true;
        }
        return jdbc.sql("select nuts2 from organisation where id = ?").param(company.value()).query(String.class).optional()
                .filter(nuts2 -> nuts2 != null && network.partnerFor(nuts2).value().equals(partnerId)).isPresent();
    }

    /**
     * Sends what a link owes after the request or the decision has committed: a request goes to
     * the deciding partner's managers, a decision to the person who asked.
     */
    @ApplicationModuleListener
    void on(CompanyLinkMails.Due due) {
        Link link = link(due.linkId());
        if (link.status() == Status.REQUESTED) {
            mails.requested(link, deciderOf(link.company()));
        } else {
            mails.decided(link);
        }
    }

    /** The partner that answers for the company's region, who is told of requests first. */
    private String deciderOf(CompanyId company) {
        return jdbc.sql("select nuts2 from organisation where id = ?").param(company.value()).query(String.class).optional()
                .map(nuts2 -> network.partnerFor(nuts2).value())
                .orElseGet(() -> network.leadPartner().id().value());
    }

    private Link pending(long linkId, Decider decider) {
        Link link = jdbc.sql("select " + COLUMNS + " from company_user_link where id = ?").param(linkId)
                .query(CompanyUserLinks::row).optional().orElseThrow(() -> new LinkRefused("companies.link.unknown"));
        if (link.status() != Status.REQUESTED) {
            throw new LinkRefused("companies.link.notPending");
        }
        if (!mayDecide(decider, link.company())) {
            throw new LinkRefused("companies.link.notYourCompany");
        }
        return link;
    }

    private void decide(long linkId, Status status, Decider decider) {
        int updated = jdbc.sql("""
                        update company_user_link set status = ?, decided_at = ?, decided_by = ?, decided_by_partner = ?
                        where id = ? and status = 'REQUESTED'""")
                .params(status.name(), Timestamp.from(clock.instant()), decider.accountId(), decider.partnerId(), linkId).update();
        if (updated != 1) {
            throw new LinkRefused("companies.link.notPending");
        }
    }

    private long insert(long accountId, CompanyId company, Status status, boolean created, Timestamp requestedAt, Timestamp decidedAt) {
        jdbc.sql("""
                        insert into company_user_link (account_id, organisation_id, status, created_company, requested_at, decided_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(accountId, company.value(), status.name(), created, requestedAt, decidedAt).update();
        return jdbc.sql("select max(id) from company_user_link where account_id = ? and organisation_id = ?")
                .params(accountId, company.value()).query(Long.class).single();
    }

    private void requireCompanyUser(Role role) {
        if (role != Role.COMPANY_USER) {
            throw new LinkRefused("companies.link.notCompanyUser");
        }
    }

    private void requireCompany(CompanyId company) {
        if (jdbc.sql("select count(*) from organisation where id = ?").param(company.value()).query(Long.class).single() == 0) {
            throw new LinkRefused("companies.link.unknownCompany");
        }
    }

    private void requireNotLinked(long accountId) {
        if (companyOf(accountId).isPresent()) {
            throw new LinkRefused("companies.link.alreadyLinked");
        }
    }

    private Link link(long id) {
        return jdbc.sql("select " + COLUMNS + " from company_user_link where id = ?").param(id).query(CompanyUserLinks::row).single();
    }

    private static Link row(ResultSet rs, int rowNum) throws SQLException {
        long decidedBy = rs.getLong("decided_by");
        Long decider = rs.wasNull() ? null : decidedBy;
        return new Link(rs.getLong("id"), rs.getLong("account_id"), new CompanyId(rs.getLong("organisation_id")),
                Status.valueOf(rs.getString("status")), rs.getBoolean("created_company"), instant(rs, "requested_at"),
                instant(rs, "decided_at"), decider, rs.getString("decided_by_partner"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
