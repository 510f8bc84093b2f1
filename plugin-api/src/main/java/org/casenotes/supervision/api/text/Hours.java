package org.casenotes.supervision.api.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one way supervision time is written, in the packet, the UI and CSV exports: decimal hours
 * with two places and the exact minutes, such as {@code 0.33 h (20 min)}. Each figure is
 * formatted from its own minutes, so three rows of {@code 0.33 h (20 min)} and a total of
 * {@code 1.00 h (60 min)} visibly add up by their minutes. Stateless and thread-safe.
 */
public final class Hours {

    private Hours() {
    }

    /**
     * Minutes as hours and minutes.
     *
     * @param minutes the duration in whole minutes; not negative
     * @param locale the language; its decimal separator is used ({@code 0,33 h} in Spanish)
     * @return such as {@code 1.50 h (90 min)}
     * @throws IllegalArgumentException when {@code minutes} is negative
     */
    public static String format(long minutes, Locale locale) {
        if (minutes < 0) {
            throw new IllegalArgumentException("a duration is not negative: " + minutes);
        }
        DecimalFormat decimal = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale));
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP);
        return decimal.format(hours) + " h (" + minutes + " min)";
    }
}
