package eu.cybersudoe.companies;

import java.util.function.BiConsumer;

/**
 * Which partners brought or served which organisations (the registry's provenance), for modules
 * that scope or count their own records by partner: they filter their rows with the ids given
 * here (bound as one array parameter, {@code company_id = any(?)}) instead of joining the
 * registry's tables.
 */
public interface PartnerCompanies {

    /** The organisations the partner brought or served, ids ascending. */
    Long[] knownBy(String partnerId);

    /** The organisations the partner brought, ids ascending. */
    Long[] broughtBy(String partnerId);

    /** Hands every (organisation, partner that brought it) pair to the action, streamed, by organisation. */
    void forEachBrought(BiConsumer<CompanyId, String> action);
}
