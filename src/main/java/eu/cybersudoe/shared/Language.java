package eu.cybersudoe.shared;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The four languages of the platform: every page and every content item exists in each. */
public enum Language {
    FR("fr", "Europe/Paris"), ES("es", "Europe/Madrid"), PT("pt", "Europe/Lisbon"), EN("en", "Europe/Paris");

    /** The language a visitor gets when nothing they send matches. */
    public static final Language DEFAULT = EN;

    private final String code;
    private final Locale locale;
    private final ZoneId zone;

    Language(String code, String zone) {
        this.code = code;
        this.locale = Locale.of(code);
        this.zone = ZoneId.of(zone);
    }

    /**
     * The time zone moments are shown in to readers of this language: the country's mainland time for
     * French, Spanish and Portuguese, the lead partner's (Paris) for English.
     */
    public ZoneId zone() {
        return zone;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a URL segment or a stored code, if it is one of ours. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code.trim())).findFirst();
    }

    /** The best of our languages for a browser's Accept-Language header, or the default. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            List<String> ours = Arrays.stream(values()).map(Language::code).toList();
            String best = Locale.lookupTag(ranges, ours);
            if (best != null) {
                return fromCode(best).orElse(DEFAULT);
            }
            for (Locale.LanguageRange range : ranges) {
                String primary = range.getRange().split("-")[0];
                Optional<Language> match = fromCode(primary);
                if (match.isPresent()) {
                    return match.get();
                }
            }
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        return DEFAULT;
    }
}
