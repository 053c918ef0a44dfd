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

    /** A name (its key, anywhere in the name), a national identifier or VAT number, or a contact's e-mail address. */
    private void text(String text) {
        List<String> alternatives = new ArrayList<>();
        String nameKey = NameKey.of(text);
        if (!nameKey.isEmpty()) {
            alternatives.add("o.name_key like :name");
            parameters.put("name", "%" + nameKey + "%");
        }
        String identifier = text.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
        if (identifier.matches("[A-Z0-9]{2,20}")) {
            alternatives.add("o.identifier = :identifier or o.vat_number = :identifier");
            parameters.put("identifier", identifier);
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
