package eu.cybersudoe.monitoring;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.context.MessageSource;

import java.text.NumberFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The explanation of an alert in every language, written from a message of the raising module's
 * bundle: an {@link AlertSource} gives the key and, per language, the arguments (dates and
 * numbers written the way that language writes them).
 */
public final class AlertTexts {

    private AlertTexts() {
    }

    /** The message in each language of the platform. */
    public static LocalizedText of(MessageSource messages, String key, Function<Language, Object[]> arguments) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, messages.getMessage(key, arguments.apply(language), language.locale()));
        }
        return new LocalizedText(texts, Language.DEFAULT);
    }

    /** A day as people of a language read it, such as "30 June 2026". */
    public static String date(LocalDate day, Language language) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
    }

    /** A number as people of a language write it, such as "1 234,5". */
    public static String number(BigDecimal value, Language language) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
