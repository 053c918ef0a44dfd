package eu.cybersudoe.search;

/** The filters a feed is asked with: each null when not given. */
public record FeedFilter(String partner, String theme, String country) {

    public static final FeedFilter NONE = new FeedFilter(null, null, null);

    public FeedFilter {
        partner = blankToNull(partner);
        theme = blankToNull(theme);
        country = blankToNull(country);
    }

    /** The value given for a filter, or null. */
    public String value(FeedSource.Filter filter) {
        return switch (filter) {
            case PARTNER -> partner;
            case THEME -> theme;
            case COUNTRY -> country;
        };
    }

    public boolean none() {
        return partner == null && theme == null && country == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
