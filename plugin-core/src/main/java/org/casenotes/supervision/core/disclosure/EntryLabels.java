package org.casenotes.supervision.core.disclosure;

import java.util.Locale;

/**
 * The section form's labels in one language, for printing entries outside the form (packets).
 * English when the language is not available. Immutable and thread-safe.
 */
public final class EntryLabels {

    private final FormText text;

    private EntryLabels(FormText text) {
        this.text = text;
    }

    /**
     * The labels in a language.
     *
     * @param locale the language
     * @return the labels
     */
    public static EntryLabels of(Locale locale) {
        return new EntryLabels(FormText.of(locale));
    }

    /**
     * A field's label, such as "Why now" for {@code rationale}.
     *
     * @param field the field's path in the entry, such as {@code clientResponse.text}
     * @return the label
     * @throws IllegalStateException when the form has no such field
     */
    public String field(String field) {
        return text.label(field);
    }

    /**
     * An option's label, such as "Feelings" for {@code DisclosureType.FEELINGS}.
     *
     * @param option the option
     * @return the label
     */
    public String option(Enum<?> option) {
        return text.optionLabel(option);
    }

    /**
     * A form group's label, such as "What was disclosed" for {@code what}.
     *
     * @param group the group id
     * @return the label
     * @throws IllegalStateException when the form has no such group
     */
    public String group(String group) {
        return text.get("group." + group + ".label");
    }

    /**
     * A label of the form itself, such as the no-disclosure checkbox's.
     *
     * @param key the field name, such as {@code noSelfDisclosure} or {@code entries}
     * @return the label
     */
    public String formField(String key) {
        return text.label(key);
    }

    /**
     * The language the labels are in.
     *
     * @return {@code en} or {@code es}
     */
    public String language() {
        return text.language();
    }
}
