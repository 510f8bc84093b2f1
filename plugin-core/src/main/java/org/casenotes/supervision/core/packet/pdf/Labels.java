package org.casenotes.supervision.core.packet.pdf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.casenotes.supervision.api.text.Hours;
import org.casenotes.supervision.core.packet.RuleNames;
import org.casenotes.supervision.core.vocabulary.Counted;

/** The packet's own words (headings, column names) in its language, and its date formats. */
final class Labels {

    private static final String BUNDLE = "org.casenotes.supervision.core.packet.pdf.labels";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ResourceBundle bundle;
    private final Locale locale;

    Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /**
     * Fills {0}, {1}, ... literally, without MessageFormat's locale-dependent number style,
     * after choosing each plural form ({@link Counted}) by its numeric argument.
     */
    String format(String key, Object... arguments) {
        String text = Counted.choose(get(key), name -> {
            int index = Integer.parseInt(name);
            return index < arguments.length && arguments[index] instanceof Number n ? n : null;
        });
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone)) + " " + zone.getId();
    }

    /** A time in the packet's zone, which the cover names once. */
    static String time(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone));
    }

    static String duration(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        if (hours >= 48) {
            return String.format(Locale.ROOT, "%d d %d h", hours / 24, hours % 24);
        }
        return String.format(Locale.ROOT, "%d h %02d min", hours, minutes);
    }

    /** Hours the one way the plugin writes them ({@link Hours}), from the minutes. */
    String hours(long minutes) {
        return Hours.format(minutes, locale);
    }

    /** A flag rule's name in the packet's language. */
    String rule(String ruleId) {
        return RuleNames.of(ruleId, locale);
    }
}
