package org.casenotes.supervision.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casenotes.supervision.api.disclosure.Flag;

/**
 * The words the plugin's codes are shown with, in English and Spanish: every enum value of
 * this API, every flag rule, the fields of the self-disclosure section and of the host
 * forms, and the flag explanations. One vocabulary, so a UI, a packet and a CLI say the same
 * thing. Languages other than the supported ones fall back to English. Thread-safe.
 */
public interface Vocabulary {

    /**
     * The languages with a complete vocabulary.
     *
     * @return English and Spanish
     */
    List<Locale> locales();

    /**
     * Every label in one language, grouped: one group per enum of this API named by its
     * simple name ({@code ReviewState}, {@code MeetingFormat}, {@code Attendance}, … with
     * the constant as code), {@code FlagRule} keyed by rule id ({@code pattern}), and
     * {@code field} keyed by field name ({@code sessionDate}, {@code summary}, …).
     *
     * @param locale the language
     * @return group → code → label, in a stable order
     */
    Map<String, Map<String, String>> labels(Locale locale);

    /**
     * The label of one enum value of this API.
     *
     * @param value the value
     * @param locale the language
     * @return the label
     * @throws IllegalArgumentException when the value's enum is not part of this API
     */
    String label(Enum<?> value, Locale locale);

    /**
     * A flag's explanation in one language: its message rendered with its arguments, or its
     * stored explanation when it has no message key.
     *
     * @param flag the flag
     * @param locale the language
     * @return the sentence
     */
    String explain(Flag flag, Locale locale);
}
