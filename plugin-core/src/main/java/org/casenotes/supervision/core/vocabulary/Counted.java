package org.casenotes.supervision.core.vocabulary;

import java.text.ChoiceFormat;
import java.util.MissingResourceException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plural forms of the vocabulary's messages: a message names the words that change with a
 * count as {@code {name,choice,0#notes|1#note|1<notes}}, the JDK's {@link ChoiceFormat}
 * pattern, and this class picks the form for the count. English and Spanish both use the
 * singular for exactly 1 and the plural for every other count, 0 and fractions included
 * (CLDR plural rules "one" and "other"), so each pattern has the three limits {@code 0#},
 * {@code 1#} and {@code 1<}. The count itself is written where the message says {@code {name}},
 * by the caller's own number formatting, also inside a form ({@code 1#the one span|1<the {spans}
 * spans}). A form holds no apostrophe, {@link ChoiceFormat}'s quote. Used by every bundle of the plugin whose messages
 * hold a count (packet labels, licensure texts, flag explanations), so a message never reads
 * "1 notes" or "note(s)". Stateless and thread-safe.
 */
public final class Counted {

    private static final Pattern CHOICE = Pattern.compile("\\{(\\w+),choice,((?:[^{}]|\\{\\w+})*)}");

    private Counted() {
    }

    /**
     * Replaces each plural choice of a message by the form its count asks for.
     *
     * @param message the message, with choices such as {@code {0,choice,0#notes|1#note|1<notes}}
     *     or {@code {units,choice,0#units|1#unit|1<units}}
     * @param count the count of an argument by its name ({@code "0"} or {@code "units"}); a
     *     number, or {@code null} when the message has no such argument
     * @return the message with every choice resolved; other placeholders left as they are
     * @throws MissingResourceException when a choice names an argument without a count
     */
    public static String choose(String message, Function<String, Number> count) {
        Matcher m = CHOICE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Number value = count.apply(m.group(1));
            if (value == null) {
                throw new MissingResourceException("a plural choice has no count: " + m.group(1), Counted.class.getName(),
                        message);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(new ChoiceFormat(m.group(2)).format(value.doubleValue())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
