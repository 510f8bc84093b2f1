package org.casenotes.supervision.core.disclosure;

import static org.casenotes.supervision.core.disclosure.FormSchema.annotated;
import static org.casenotes.supervision.core.disclosure.FormSchema.map;
import static org.casenotes.supervision.core.disclosure.FormSchema.names;
import static org.casenotes.supervision.core.disclosure.FormSchema.optionalText;
import static org.casenotes.supervision.core.disclosure.FormSchema.requiredText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.disclosure.DisclosureMode;
import org.casenotes.supervision.api.disclosure.DisclosureType;
import org.casenotes.supervision.api.disclosure.Intent;
import org.casenotes.supervision.api.disclosure.Involvement;
import org.casenotes.supervision.api.disclosure.ResponseRating;
import org.casenotes.supervision.api.disclosure.Risk;
import org.casenotes.supervision.api.disclosure.RiskLevel;
import org.casenotes.supervision.core.json.TextRule;

/** The JSON Schema of one disclosure entry, field by field from {@link EntryField}. */
final class EntrySchema {

    private EntrySchema() {
    }

    static Map<String, Object> entry(Limits limits, FormText text) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (EntryField field : EntryField.values()) {
            properties.put(field.wireName(), annotated(field(field, limits, text), text, field.wireName()));
            if (field.required()) {
                required.add(field.wireName());
            }
        }
        Map<String, Object> entry = map("type", "object", "additionalProperties", false, "required", required,
                "properties", properties);
        entry.put("allOf", List.of(deliberate(), otherIntent(), immediacy()));
        return entry;
    }

    static Map<String, Object> riskAnswer(FormText text) {
        return map("type", "object", "additionalProperties", false, "required", List.of(EntryReader.LEVEL),
                "properties", map(
                        EntryReader.LEVEL, annotated(map("enum", names(RiskLevel.class)), text, "riskScreen.level"),
                        EntryReader.NOTE, annotated(optionalText(Limits.RISK_NOTE_MAX), text, "riskScreen.note")));
    }

    private static Map<String, Object> field(EntryField field, Limits limits, FormText text) {
        return switch (field.kind()) {
            case CHOICE -> map("enum", names(field.choices()));
            case YES_NO -> map("type", "boolean");
            case REQUIRED_TEXT -> requiredText(limits.summaryMaxLength());
            case OPTIONAL_TEXT -> optionalText(field.maxLength());
            case INTENTS -> map("type", "array", "uniqueItems", true, "items", map("enum", names(Intent.class)));
            case RISK_SCREEN -> riskScreen(text);
            case CLIENT_RESPONSE -> map("type", "object", "additionalProperties", false,
                    "required", List.of(EntryReader.RATING), "properties", map(
                            EntryReader.TEXT, annotated(optionalText(Limits.RESPONSE_TEXT_MAX), text, "clientResponse.text"),
                            EntryReader.RATING, annotated(map("enum", names(ResponseRating.class)), text,
                                    "clientResponse.rating")));
        };
    }

    private static Map<String, Object> riskScreen(FormText text) {
        Map<String, Object> risks = new LinkedHashMap<>();
        for (Risk risk : Risk.values()) {
            risks.put(risk.name(), map("$ref", "#/$defs/riskAnswer",
                    "title", text.optionLabel(risk), "description", text.optionHelp(risk)));
        }
        return map("type", "object", "additionalProperties", false, "required", names(Risk.class),
                "properties", risks);
    }

    /** A deliberate disclosure needs a rationale and at least one intent. */
    private static Map<String, Object> deliberate() {
        return map("if", map("properties", map(EntryField.MODE.wireName(), map("const", DisclosureMode.DELIBERATE.name())),
                        "required", List.of(EntryField.MODE.wireName())),
                "then", map("required", List.of(EntryField.RATIONALE.wireName()),
                        "properties", map(
                                EntryField.RATIONALE.wireName(), map("type", "string", "pattern", TextRule.NOT_BLANK_PATTERN),
                                EntryField.INTENTS.wireName(), map("minItems", 1))));
    }

    /** The other-intent text is required with OTHER, and only then allowed. */
    private static Map<String, Object> otherIntent() {
        String other = EntryField.OTHER_INTENT_TEXT.wireName();
        return map("if", map("properties", map(EntryField.INTENTS.wireName(), map("contains", map("const", Intent.OTHER.name()))),
                        "required", List.of(EntryField.INTENTS.wireName())),
                "then", map("required", List.of(other),
                        "properties", map(other, map("type", "string", "pattern", TextRule.NOT_BLANK_PATTERN))),
                "else", map("properties", map(other, map("type", "null"))));
    }

    /** Immediacy is about the therapist in the session, so it is self-involving. */
    private static Map<String, Object> immediacy() {
        return map("if", map("properties", map(EntryField.TYPE.wireName(), map("const", DisclosureType.IMMEDIACY.name())),
                        "required", List.of(EntryField.TYPE.wireName())),
                "then", map("properties", map(EntryField.INVOLVEMENT.wireName(),
                        map("const", Involvement.SELF_INVOLVING.name()))));
    }
}
