package eu.cybersudoe.shared.security;

/** What a person does in the network, which decides what they may see and do. */
public enum Role {
    /** The lead partner's coordinators: everything, all partners' data. */
    NETWORK_ADMIN(true),
    /** A partner's project manager: their structure's companies, events, missions, expenses, indicators. */
    PARTNER_MANAGER(true),
    /** A partner's consultant: the missions and events assigned to them. */
    ADVISOR(true),
    /** First-level control: reads partner finances, certifies or rejects expenses. */
    CONTROLLER(false),
    /** External evaluator: read-only on indicators, reports and documents. */
    EVALUATOR(false),
    /** The programme's managing bodies: read-only on the dashboard and its alerts. */
    PROGRAMME_OFFICER(false),
    /** A non-partner support structure: toolbox, its own events and actions, groups. */
    ASSOCIATED_STRUCTURE(false),
    /** An SME owner or employee. */
    COMPANY_USER(false);

    private final boolean partnerStaff;

    Role(boolean partnerStaff) {
        this.partnerStaff = partnerStaff;
    }

    /** Whether accounts of this role belong to a partner. */
    public boolean isPartnerStaff() {
        return partnerStaff;
    }

    /** The authority name Spring Security sees. */
    public String authority() {
        return "ROLE_" + name();
    }
}
