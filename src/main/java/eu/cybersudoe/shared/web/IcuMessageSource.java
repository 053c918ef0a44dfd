package eu.cybersudoe.shared.web;

import com.ibm.icu.text.MessageFormat;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The message bundles, where a message with a plural or select argument
 * ({@code {0, plural, one {# company} other {# companies}}}) is formatted with ICU's MessageFormat,
 * which knows each language's plural rules (French says "0 entreprise", English "0 companies").
 * Every other message is resolved as before, by the JDK's MessageFormat, so existing messages
 * (their quotes, {@code choice} arguments and numbers) read exactly as they did.
 * Portuguese is the platform's European Portuguese: ICU's bare "pt" follows Brazil,
 * where 0 and 1.5 take the singular, so such messages are formatted for pt-PT (only 1 is singular).
 */
public class IcuMessageSource extends ReloadableResourceBundleMessageSource {

    private static final Pattern ICU_ARGUMENT = Pattern.compile("\\{\\s*\\w+\\s*,\\s*(plural|selectordinal|select)\\s*,");

    private static final Locale EUROPEAN_PORTUGUESE = Locale.of("pt", "PT");

    private final Map<String, Map<Locale, MessageFormat>> formats = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code != null && args != null && args.length > 0 && locale != null) {
            String pattern = resolveCodeWithoutArguments(code, locale);
            if (pattern != null && ICU_ARGUMENT.matcher(pattern).find()) {
                MessageFormat format = formats.computeIfAbsent(code, c -> new ConcurrentHashMap<>())
                        .computeIfAbsent(locale, l -> new MessageFormat(pattern, rulesOf(l)));
                synchronized (format) {
                    return format.format(resolveArguments(args, locale));
                }
            }
        }
        return super.getMessageInternal(code, args, locale);
    }

    private static Locale rulesOf(Locale locale) {
        return "pt".equals(locale.getLanguage()) && locale.getCountry().isEmpty() ? EUROPEAN_PORTUGUESE : locale;
    }
}
