package newsletters.internal;

class Indicators {
    private static final String BROUGHT = " and exists (select 1 from organisation_partner p where p.partner_id = :partner)";
}
