package eu.cybersudoe.shared.web;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every template gets about the request it renders: the language, the path within
 * that language (for the language switcher and hreflang alternates), and message look-ups.
 *
 * @param language  the page's language
 * @param path      the path after the language prefix, starting with "/"
 * @param query     the query string, or empty
 * @param baseUrl   scheme, host and port, for absolute alternate links
 * @param messages  the message bundles
 * @param user      the signed-in person, or null
 * @param csrf      the CSRF token of the session, asked for only by pages with forms
 * @param notice    the message key of a notice left by the previous action (flash), or null
 * @param refused   the message key of an action refused by the previous request (flash "refused"), shown as an error, or null
 * @param office    the back office's navigation on a staff page (under {@code /office}), or null elsewhere
 * @param feeds     the feeds announced in the page's head (a list page's Atom feed)
 */
public record PageContext(Language language, String path, String query, String baseUrl, MessageSource messages,
                          SignedInUser user, Supplier<CsrfToken> csrf, String notice, String refused, OfficeMenu office,
                          List<AlternateFeed> feeds) {

    public PageContext {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }

    public PageContext(Language language, String path, String query, String baseUrl, MessageSource messages) {
        this(language, path, query, baseUrl, messages, null, () -> null, null, null, null, List.of());
    }

    public boolean signedIn() {
        return user != null;
    }

    /** Whether the signed-in person has one of the roles. */
    public boolean is(Role... roles) {
        return user != null && user.has(roles);
    }

    public Optional<SignedInUser> currentUser() {
        return Optional.ofNullable(user);
    }

    /** Name of the form field carrying the CSRF token. */
    public String csrfParameter() {
        CsrfToken token = csrf.get();
        return token == null ? "_csrf" : token.getParameterName();
    }

    /** The CSRF token every form posts back. */
    public String csrfToken() {
        CsrfToken token = csrf.get();
        return token == null ? "" : token.getToken();
    }

    /** The translated message for a key; arguments fill its {0}, {1}… */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    /** A validation error or other resolvable message, in the page's language. */
    public String t(org.springframework.context.MessageSourceResolvable message) {
        return messages.getMessage(message, language.locale());
    }

    /** A link to another page in the same language. */
    public String href(String pathWithinLanguage) {
        return "/" + language.code() + pathWithinLanguage;
    }

    /** This same page in another language. */
    public String switchHref(Language other) {
        return "/" + other.code() + path + (query.isEmpty() ? "" : "?" + query);
    }

    /** Absolute address of this page in a language, for hreflang alternates. */
    public String alternateUrl(Language other) {
        return baseUrl + "/" + other.code() + path;
    }

    public List<Language> languages() {
        return Arrays.asList(Language.values());
    }

    /** Whether the given path is the current one (for aria-current in navigation). */
    public boolean isCurrent(String pathWithinLanguage) {
        return path.equals(pathWithinLanguage)
                || (!"/".equals(pathWithinLanguage) && path.startsWith(pathWithinLanguage + "/"));
    }

    /** A content text in the page's language, with fallback. */
    public LocalizedText.Shown text(LocalizedText text) {
        return text == null ? new LocalizedText.Shown("", language, false) : text.in(language);
    }

    /** The name of a language in the page's language. */
    public String languageName(Language other) {
        return t("language." + other.code());
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }

    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getIntegerInstance(language.locale());
        return format.format(amount) + " €";
    }

    /** A moment as a local date and time in the page's language and time zone. */
    public String dateTime(java.time.Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(language.zone()).format(moment);
    }

    /** A moment as a local time of day (10:42) in the page's language and time zone. */
    public String time(java.time.Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(language.zone()).format(moment);
    }

    /** A decimal number in the page's language (a comma in French, Spanish and Portuguese), at most two decimals. */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
    }
}
