package eu.cybersudoe.companies.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL condition on {@code organisation o} for some criteria within a scope, with its named
 * parameters. Only fixed SQL fragments are assembled; every value the user gave is a parameter.
 */
final class SearchQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private SearchQuery() {
    }

    static SearchQuery of(SearchCriteria criteria, OrganisationSearch.Scope scope) {
        SearchQuery query = new SearchQuery();
        if (scope.partnerId() != null) {
            query.add("exists (select 1 from organisation_partner s where s.organisation_id = o.id and s.partner_id = :scope)",
                    "scope", scope.partnerId());
        }
        if (criteria.text() != null) {
            query.text(criteria.text());
        }
        query.addIf(criteria.country(), "o.country = :country", "country");
        query.addIf(criteria.region(), "o.nuts2 = :region", "region");
        query.addIf(criteria.sector(), "o.sector_theme = :sector", "sector");
        query.addIf(criteria.size() == null ? null : criteria.size().name(), "o.size_class = :size", "size");
        query.addIf(criteria.kind() == null ? null : criteria.kind().name(), "o.kind = :kind", "kind");
        query.addIf(criteria.partner(),
                "exists (select 1 from organisation_partner p where p.organisation_id = o.id and p.partner_id = :partner)", "partner");
        query.addIf(criteria.tag() == null ? null : "%," + escapeLike(criteria.tag()) + ",%", "o.tags like :tag escape '\\'", "tag");
        if (criteria.micro()) {
            query.conditions.add("o.micro = true");
        }
        if (criteria.prioritySector()) {
            query.conditions.add("o.priority_sector = true");
        }
        if (criteria.youngWomanLed()) {
            query.conditions.add("o.young_woman_led = true");
        }
        if (criteria.unknownActivity()) {
            query.conditions.add("o.activity_code is not null and o.nace_class is null");
        }
        if (criteria.newsletter()) {
            query.conditions.add("exists (select 1 from contact n where n.organisation_id = o.id"
                    + " and n.newsletter_consent = true and n.erased_at is null)");
        }
        return query;
    }

    /**
     * A name (its key, anywhere in the name), a national identifier in any of its forms (alone, in
     * a VAT number, a SIREN finding its establishments' SIRETs, an identifier or VAT number of a
     * record merged into the organisation), a VAT number, a postcode, or a contact's e-mail address. Legal-form words alone ("SARL", "Lda") filter nothing.
     */
    private void text(String text) {
        SearchText typed = SearchText.of(text);
        if (typed.onlyLegalForms()) {
            return;
        }
        List<String> alternatives = new ArrayList<>();
        String nameKey = NameKey.of(text);
        if (!nameKey.isEmpty()) {
            alternatives.add("o.name_key like :name");
            parameters.put("name", "%" + nameKey + "%");
        }
        if (!typed.identifiers().isEmpty()) {
            alternatives.add("o.identifier in (:identifiers) or o.vat_number in (:vatNumbers)");
            alternatives.add("exists (select 1 from organisation_alias a where a.organisation_id = o.id"
                    + " and (a.identifier in (:identifiers) or a.vat_number in (:vatNumbers)))");
            parameters.put("identifiers", List.copyOf(typed.identifiers()));
            parameters.put("vatNumbers", List.copyOf(typed.vatNumbers()));
        }
        if (typed.siren() != null) {
            alternatives.add("(o.identifier_kind = 'SIRET' and o.identifier between :sirenLow and :sirenHigh)");
            parameters.put("sirenLow", typed.siren() + "00000");
            parameters.put("sirenHigh", typed.siren() + "99999");
        }
        if (typed.postcode() != null) {
            alternatives.add("o.postcode = :postcode");
            parameters.put("postcode", typed.postcode());
        }
        if (text.contains("@")) {
            alternatives.add("exists (select 1 from contact e where e.organisation_id = o.id and e.email_key like :email escape '\\')");
            parameters.put("email", "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        conditions.add(alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" or ", alternatives) + ")");
    }

    private void addIf(String value, String condition, String name) {
        if (value != null) {
            add(condition, name, value);
        }
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
