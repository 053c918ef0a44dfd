package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.diagnostics.internal.Assessment;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService.Opened;
import eu.cybersudoe.diagnostics.internal.PeerComparison;
import eu.cybersudoe.diagnostics.internal.RetakeInvitationStore;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Builds the follow-up of a result for the person looking at it, and says who may plan a
 * reminder: the company's own users, network admins, and staff of a partner that knows the company.
 */
@Component
class FollowUps {

    private final DiagnosticsService diagnostics;
    private final PeerComparison peers;
    private final RetakeInvitationStore invitations;
    private final CompanyUsers companyUsers;
    private final CompanyRegistry registry;
    private final Clock clock;

    FollowUps(DiagnosticsService diagnostics, PeerComparison peers, RetakeInvitationStore invitations,
                       CompanyUsers companyUsers, CompanyRegistry registry, Clock clock) {
        this.diagnostics = diagnostics;
        this.peers = peers;
        this.invitations = invitations;
        this.companyUsers = companyUsers;
        this.registry = registry;
        this.clock = clock;
    }

    /** The follow-up of a completed assessment, for the person looking at it. */
    FollowUp of(Opened opened, HttpServletRequest request) {
        Assessment assessment = opened.assessment();
        boolean mayRemind = mayRemind(assessment, request);
        return new FollowUp(peers.compare(assessment).orElse(null), diagnostics.progress(opened).orElse(null), mayRemind,
                mayRemind ? FollowUp.days(invitations.pending(assessment.company()).stream()
                        .filter(i -> i.questionnaire().equals(assessment.questionnaire())).toList(), clock.getZone())
                        : java.util.List.of(), clock.getZone());
    }

    /** Its company's own users, network admins, and staff of a partner that knows the company. */
    boolean mayRemind(Assessment assessment, HttpServletRequest request) {
        CompanyId company = assessment.company();
        SignedInUser user = CurrentUser.get().orElse(null);
        if (company == null || user == null) {
            return false;
        }
        if (user.role() == Role.COMPANY_USER) {
            return companyUsers.companyOf(user.accountId()).filter(company::equals).isPresent();
        }
        return user.role() == Role.NETWORK_ADMIN
                || user.role().isPartnerStaff() && registry.knownBy(company, CurrentUser.actingPartner(request).orElse(null));
    }
}
