package eu.cybersudoe.missions.web;

import eu.cybersudoe.missions.internal.DeliveryMode;
import eu.cybersudoe.missions.internal.MissionChange;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A mission's history as people read it: the history keeps what each change recorded (an origin, a
 * delivery mode, ISO dates, partner identifiers, decimal days, separated by " · "); each part is shown as
 * a label, a local date, a partner's name or a number in the page's language.
 */
@Component
public class HistoryLines {

    /** One change as shown: when (in the page's time zone), who, what, and its details. */
    public record HistoryLine(String when, String who, String what, String detail) {
    }

    private static final Pattern HANDOVER = Pattern.compile("(\\S+) → (\\S+) : (.*)", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

    private final MessageSource messages;
    private final MissionViews views;

    HistoryLines(MessageSource messages, MissionViews views) {
        this.messages = messages;
        this.views = views;
    }

    List<HistoryLine> of(List<MissionChange> changes, Language language) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(language.zone());
        return changes.stream().map(change -> new HistoryLine(when.format(change.at()), change.actor(),
                messages.getMessage("missions.history." + change.action(), null, change.action(), language.locale()),
                detail(change, language))).toList();
    }

    private String detail(MissionChange change, Language language) {
        String detail = change.detail();
        if (detail == null || detail.isBlank()) {
            return null;
        }
        Matcher handover = HANDOVER.matcher(detail);
        if ("HANDED_OVER".equals(change.action()) && handover.matches()) {
            return views.partnerName(handover.group(1)) + " → " + views.partnerName(handover.group(2)) + " : " + handover.group(3);
        }
        return Arrays.stream(detail.split(" · ")).map(part -> part(part, language)).collect(Collectors.joining(" · "));
    }

    private String part(String part, Language language) {
        if (DATE.matcher(part).matches()) {
            try {
                return LocalDate.parse(part).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
            } catch (DateTimeParseException notADate) {
                return part;
            }
        }
        if (DECIMAL.matcher(part).matches()) {
            NumberFormat number = NumberFormat.getNumberInstance(language.locale());
            number.setMaximumFractionDigits(2);
            return number.format(new BigDecimal(part));
        }
        if (isConstant(MissionOrigin.values(), part)) {
            return messages.getMessage("missions.origin." + part, null, language.locale());
        }
        if (isConstant(DeliveryMode.values(), part)) {
            return messages.getMessage("missions.mode." + part, null, language.locale());
        }
        return part;
    }

    private static boolean isConstant(Enum<?>[] values, String part) {
        return Arrays.stream(values).anyMatch(value -> value.name().equals(part));
    }

}
