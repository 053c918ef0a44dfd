package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.classification.SizeClass;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the company list is filtered and sorted by. Everything is optional; values that cannot be
 * read (an unknown kind, a malformed code) are dropped rather than refused, since they come from
 * links people can edit. The same criteria travel as request parameters ({@link #fromParameters},
 * {@link #toParameters}) and are stored that way in saved segments.
 *
 * @param text            a name, a national identifier or VAT number, or a contact's e-mail address
 * @param country         a country code (FR, ES, PT)
 * @param region          a NUTS 2 code
 * @param sector          a sector theme code
 * @param size            a size class
 * @param micro           only micro-enterprises
 * @param prioritySector  only organisations of a priority sector
 * @param youngWomanLed   only young organisations led by a woman
 * @param partner         only organisations this partner brought or served
 * @param newsletter      only organisations with a contact that consented to the newsletter
 * @param kind            the kind of organisation
 * @param tag             a tag
 * @param unknownActivity only organisations whose activity code the classification does not know
 * @param sort            the order
 */
public record SearchCriteria(String text, String country, String region, String sector, SizeClass size, boolean micro,
                             boolean prioritySector, boolean youngWomanLed, String partner, boolean newsletter,
                             OrganisationKind kind, String tag, boolean unknownActivity, Sort sort) {

    /** The orders the list offers; each maps to a fixed SQL fragment. */
    public enum Sort {
        NAME("o.name_key, o.id"), NEWEST("o.created_at desc, o.id desc"), COUNTRY("o.country, o.name_key, o.id");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final SearchCriteria NONE = new SearchCriteria(null, null, null, null, null, false, false, false,
            null, false, null, null, false, Sort.NAME);

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}[A-Z0-9]{1,2}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    public SearchCriteria {
        text = clean(text, 200);
        country = matching(upper(country), COUNTRY);
        region = matching(upper(region), REGION);
        sector = matching(clean(sector, 40), CODE);
        partner = matching(clean(partner, 60), CODE);
        tag = tag == null ? null : clean(Tags.normalise(tag), 60);
        sort = sort == null ? Sort.NAME : sort;
    }

    /** Reads the criteria from request parameters; unknown or unreadable values are ignored. */
    public static SearchCriteria fromParameters(Map<String, String> parameters) {
        return new SearchCriteria(parameters.get("q"), parameters.get("country"), parameters.get("region"),
                parameters.get("sector"), constant(SizeClass.class, parameters.get("size")), flag(parameters.get("micro")),
                flag(parameters.get("priority")), flag(parameters.get("young")), parameters.get("partner"),
                flag(parameters.get("consent")), constant(OrganisationKind.class, parameters.get("kind")),
                parameters.get("tag"), flag(parameters.get("activity")), constant(Sort.class, parameters.get("sort")));
    }

    /** The criteria as request parameters, leaving out what is not set (and the default order). */
    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", text);
        put(parameters, "country", country);
        put(parameters, "region", region);
        put(parameters, "sector", sector);
        put(parameters, "size", size == null ? null : size.name());
        put(parameters, "micro", micro ? "1" : null);
        put(parameters, "priority", prioritySector ? "1" : null);
        put(parameters, "young", youngWomanLed ? "1" : null);
        put(parameters, "partner", partner);
        put(parameters, "consent", newsletter ? "1" : null);
        put(parameters, "kind", kind == null ? null : kind.name());
        put(parameters, "tag", tag);
        put(parameters, "activity", unknownActivity ? "1" : null);
        put(parameters, "sort", sort == Sort.NAME ? null : sort.code());
        return parameters;
    }

    /** The same criteria in another order. */
    public SearchCriteria sortedBy(Sort order) {
        return new SearchCriteria(text, country, region, sector, size, micro, prioritySector, youngWomanLed, partner,
                newsletter, kind, tag, unknownActivity, order);
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static boolean flag(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("on") || value.equals("1"));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        return null;
    }

    private static String clean(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > maxLength ? stripped.substring(0, maxLength) : stripped;
    }

    private static String upper(String value) {
        String cleaned = clean(value, 10);
        return cleaned == null ? null : cleaned.toUpperCase(Locale.ROOT);
    }

    private static String matching(String value, Pattern pattern) {
        return value != null && pattern.matcher(value).matches() ? value : null;
    }
}
