package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.web.PartnerNames;
import org.springframework.context.MessageSource;

import java.text.NumberFormat;

/**
 * What a line of an issue's report is about, as a person reads it: a language or a country by its name, a
 * partner by its short name (never a code or a slug), and rates with the reader's decimal separator.
 */
public final class ReportLabels {

    private final MessageSource messages;
    private final PartnerNames partners;
    private final Language language;

    ReportLabels(MessageSource messages, PartnerNames partners, Language language) {
        this.messages = messages;
        this.partners = partners;
        this.language = language;
    }

    /** The name of a line's key in a group ({@code language}, {@code country} or {@code partner}). */
    public String of(String group, String key) {
        if (key == null || key.isEmpty()) {
            return t("newsletters.report.unknown");
        }
        return switch (group) {
            case "language" -> Language.fromCode(key).map(known -> t("language." + known.code())).orElse(key);
            case "country" -> messages.getMessage("network.country." + key, null, key, language.locale());
            case "partner" -> partners.shortName(key).orElse(key);
            default -> key;
        };
    }

    /** A percentage in the reader's language, at most one decimal. */
    public String rate(double percent) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(1);
        return format.format(percent);
    }

    String t(String key) {
        return messages.getMessage(key, null, language.locale());
    }
}
