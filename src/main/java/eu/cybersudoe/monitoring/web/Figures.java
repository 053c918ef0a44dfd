package eu.cybersudoe.monitoring.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the page's language writes them: 1 800 000 in French, 1.800.000 in Spanish, 1,800,000 in English. */
public final class Figures {

    private final Locale locale;

    public Figures(Locale locale) {
        this.locale = locale;
    }

    /** A value or target, with up to two decimals; null stays null. */
    public String number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A percentage given in hundredths, such as 85 for 85 %. */
    public String percent(BigDecimal hundredths) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(hundredths.movePointLeft(2));
    }
}
