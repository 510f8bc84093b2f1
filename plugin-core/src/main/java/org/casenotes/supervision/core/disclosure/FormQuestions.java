package org.casenotes.supervision.core.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.casenotes.supervision.api.disclosure.Intent;

/**
 * The disclosure entry's fields in form order, read from the same field list the JSON Schema
 * and the validation are built from, for other published forms of the form (the FHIR
 * Questionnaire). Immutable.
 */
public final class FormQuestions {

    /** What kind of answer a question takes. */
    public enum Answer {
        /** One option. */
        CHOICE,
        /** Any number of options. */
        CHOICES,
        /** Yes or no. */
        YES_NO,
        /** Free text. */
        TEXT,
        /** A risk level and a note per risk. */
        RISK_SCREEN,
        /** The client's response: free text and a rating. */
        CLIENT_RESPONSE
    }

    /**
     * One question of an entry.
     *
     * @param path the field's wire name, such as {@code rationale}
     * @param group the form group it belongs to, such as {@code why}
     * @param answer the kind of answer
     * @param options the options of a choice, in form order; empty otherwise
     * @param maxLength the longest text, or 0
     * @param required whether it must always be answered
     */
    public record Question(String path, String group, Answer answer, List<Enum<?>> options, int maxLength,
            boolean required) {
    }

    private FormQuestions() {
    }

    /**
     * The entry's questions in form order.
     *
     * @return the questions
     */
    public static List<Question> entry() {
        List<Question> questions = new ArrayList<>();
        for (EntryField field : EntryField.values()) {
            Class<? extends Enum<?>> choices = field == EntryField.INTENTS ? Intent.class : field.choices();
            List<Enum<?>> options = choices == null ? List.of() : Arrays.asList(choices.getEnumConstants());
            questions.add(new Question(field.wireName(), group(field.group()), answer(field.kind()), options,
                    field.maxLength(), field.required()));
        }
        return List.copyOf(questions);
    }

    /**
     * The form groups in form order, such as {@code what}, {@code how}, {@code why}.
     *
     * @return the group ids
     */
    public static List<String> groups() {
        return Arrays.stream(FormGroup.values()).map(FormQuestions::group).toList();
    }

    private static String group(FormGroup group) {
        return group.name().toLowerCase(Locale.ROOT);
    }

    private static Answer answer(EntryField.Kind kind) {
        return switch (kind) {
            case CHOICE -> Answer.CHOICE;
            case INTENTS -> Answer.CHOICES;
            case YES_NO -> Answer.YES_NO;
            case REQUIRED_TEXT, OPTIONAL_TEXT -> Answer.TEXT;
            case RISK_SCREEN -> Answer.RISK_SCREEN;
            case CLIENT_RESPONSE -> Answer.CLIENT_RESPONSE;
        };
    }
}
