package org.casenotes.supervision.core.disclosure;

import static org.casenotes.supervision.core.disclosure.FormSchema.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casenotes.supervision.api.disclosure.DisclosureMode;
import org.casenotes.supervision.api.disclosure.DisclosureType;
import org.casenotes.supervision.api.disclosure.Intent;
import org.casenotes.supervision.api.disclosure.Involvement;
import org.casenotes.supervision.api.disclosure.ResponseRating;
import org.casenotes.supervision.api.disclosure.Risk;
import org.casenotes.supervision.api.disclosure.RiskLevel;

/**
 * The {@code x-ui} block of the published form: what a host needs to render it without knowing
 * the fields: labels, help, widgets, order, groups, and conditions of the form {@code {"field":
 * name, "in": [values]}}, {@code {"field": name, "contains": value}} or {@code {"field": name,
 * "equals": value}} for when a field shows or is required.
 */
final class FormLayout {

    /** Bumped when the shape of the {@code x-ui} block changes. */
    static final int UI_VERSION = 1;

    private FormLayout() {
    }

    static Map<String, Object> layout(FormText text) {
        Map<String, Object> ui = new LinkedHashMap<>();
        ui.put("version", UI_VERSION);
        ui.put("language", text.language());
        ui.put("order", List.of(SectionReader.NO_SELF_DISCLOSURE, SectionReader.ENTRIES));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(SectionReader.NO_SELF_DISCLOSURE, map("label", text.label(SectionReader.NO_SELF_DISCLOSURE),
                "help", text.help(SectionReader.NO_SELF_DISCLOSURE), "widget", "checkbox"));
        fields.put(SectionReader.ENTRIES, map("label", text.label(SectionReader.ENTRIES),
                "help", text.help(SectionReader.ENTRIES), "widget", "repeater", "addLabel", text.get("entries.add"),
                "showWhen", map("field", SectionReader.NO_SELF_DISCLOSURE, "equals", false)));
        ui.put("fields", fields);
        ui.put("entry", entry(text));
        return ui;
    }

    private static Map<String, Object> entry(FormText text) {
        List<Object> groups = new ArrayList<>();
        for (FormGroup group : FormGroup.values()) {
            List<String> members = new ArrayList<>();
            for (EntryField field : EntryField.values()) {
                if (field.group() == group) {
                    members.add(field.wireName());
                }
            }
            String key = "group." + group.name().toLowerCase(Locale.ROOT);
            groups.add(map("id", group.name().toLowerCase(Locale.ROOT), "label", text.get(key + ".label"),
                    "help", text.get(key + ".help"), "fields", members));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (EntryField field : EntryField.values()) {
            fields.put(field.wireName(), field(field, text));
        }
        List<String> order = new ArrayList<>();
        for (EntryField field : EntryField.values()) {
            order.add(field.wireName());
        }
        return map("order", order, "groups", groups, "fields", fields);
    }

    private static Map<String, Object> field(EntryField field, FormText text) {
        Map<String, Object> ui = map("label", text.label(field.wireName()), "help", text.help(field.wireName()),
                "widget", widget(field.kind()));
        if (field.required()) {
            ui.put("required", true);
        }
        switch (field) {
            case RATIONALE -> {
                ui.put("showWhen", deliberate());
                ui.put("requiredWhen", deliberate());
            }
            case OTHER_INTENT_TEXT -> {
                ui.put("showWhen", otherIntent());
                ui.put("requiredWhen", otherIntent());
            }
            case INTENTS -> ui.put("requiredWhen", deliberate());
            case INVOLVEMENT -> ui.put("fixedWhen", map("when", map("field", EntryField.TYPE.wireName(),
                    "in", List.of(DisclosureType.IMMEDIACY.name())), "value", Involvement.SELF_INVOLVING.name()));
            case RISK_SCREEN -> {
                List<Object> risks = new ArrayList<>();
                for (Risk risk : Risk.values()) {
                    risks.add(map("id", risk.name(), "label", text.optionLabel(risk), "help", text.optionHelp(risk)));
                }
                ui.put("risks", risks);
                ui.put("levels", options(RiskLevel.class, text));
                ui.put("note", map("label", text.label("riskScreen.note"), "help", text.help("riskScreen.note"),
                        "widget", "textarea", "showWhen", map("field", EntryReader.LEVEL,
                                "in", List.of(RiskLevel.POSSIBLE.name(), RiskLevel.YES.name()))));
            }
            case CLIENT_RESPONSE -> {
                ui.put("text", map("label", text.label("clientResponse.text"), "help", text.help("clientResponse.text"),
                        "widget", "textarea"));
                ui.put("rating", map("label", text.label("clientResponse.rating"),
                        "help", text.help("clientResponse.rating"), "widget", "radio",
                        "options", options(ResponseRating.class, text)));
            }
            default -> {
            }
        }
        if (field.choices() != null) {
            ui.put("options", options(field.choices(), text));
        }
        if (field == EntryField.INTENTS) {
            ui.put("options", options(Intent.class, text));
        }
        return ui;
    }

    private static String widget(EntryField.Kind kind) {
        return switch (kind) {
            case CHOICE -> "radio";
            case YES_NO -> "yesNo";
            case REQUIRED_TEXT, OPTIONAL_TEXT -> "textarea";
            case INTENTS -> "checkboxes";
            case RISK_SCREEN -> "riskGrid";
            case CLIENT_RESPONSE -> "group";
        };
    }

    private static Map<String, Object> deliberate() {
        return map("field", EntryField.MODE.wireName(), "in", List.of(DisclosureMode.DELIBERATE.name()));
    }

    private static Map<String, Object> otherIntent() {
        return map("field", EntryField.INTENTS.wireName(), "contains", Intent.OTHER.name());
    }

    private static List<Object> options(Class<? extends Enum<?>> type, FormText text) {
        List<Object> options = new ArrayList<>();
        for (Enum<?> value : type.getEnumConstants()) {
            options.add(map("value", value.name(), "label", text.optionLabel(value), "help", text.optionHelp(value)));
        }
        return options;
    }
}
