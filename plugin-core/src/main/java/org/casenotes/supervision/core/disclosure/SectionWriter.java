package org.casenotes.supervision.core.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.disclosure.DisclosureEntry;
import org.casenotes.supervision.api.disclosure.DisclosureSection;
import org.casenotes.supervision.api.disclosure.Intent;
import org.casenotes.supervision.api.disclosure.Risk;
import org.casenotes.supervision.api.disclosure.RiskAnswer;
import org.casenotes.supervision.core.json.Json;

/**
 * Writes a section in the stable wire format: fields in {@link EntryField} order, intents and
 * risks in declaration order, absent optional texts left out. The same section always gives
 * the same text, so its hash identifies the content. Thread-safe.
 */
final class SectionWriter {

    private SectionWriter() {
    }

    static String canonicalJson(DisclosureSection section) {
        return Json.write(tree(section));
    }

    static Map<String, Object> tree(DisclosureSection section) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (section instanceof DisclosureSection.NoDisclosure) {
            root.put(SectionReader.NO_SELF_DISCLOSURE, true);
            return root;
        }
        root.put(SectionReader.NO_SELF_DISCLOSURE, false);
        List<Object> entries = new ArrayList<>();
        for (DisclosureEntry entry : section.entries()) {
            entries.add(entry(entry));
        }
        root.put(SectionReader.ENTRIES, entries);
        return root;
    }

    private static Map<String, Object> entry(DisclosureEntry entry) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (EntryField field : EntryField.values()) {
            Object value = value(entry, field);
            if (value != null) {
                out.put(field.wireName(), value);
            }
        }
        return out;
    }

    private static Object value(DisclosureEntry entry, EntryField field) {
        return switch (field) {
            case TYPE -> entry.type().name();
            case INVOLVEMENT -> entry.involvement().name();
            case INTIMACY -> entry.intimacy().name();
            case VERBAL -> entry.verbal();
            case SUMMARY -> entry.summary();
            case MODE -> entry.mode().name();
            case CLIENT_PROMPTED -> entry.clientPrompted();
            case INTENTS -> entry.intents().stream().sorted(Comparator.naturalOrder()).map(Intent::name).toList();
            case OTHER_INTENT_TEXT -> entry.otherIntentText();
            case RATIONALE -> entry.rationale();
            case MOTIVE_CHECK -> entry.motiveCheck().name();
            case RISK_SCREEN -> riskScreen(entry);
            case FOCUS_RETURNED -> entry.focusReturned();
            case CLIENT_RESPONSE -> clientResponse(entry);
            case CULTURAL_CONSIDERATIONS -> entry.culturalConsiderations();
            case DISCUSS_IN_SUPERVISION -> entry.discussInSupervision();
        };
    }

    private static Map<String, Object> riskScreen(DisclosureEntry entry) {
        Map<String, Object> screen = new LinkedHashMap<>();
        for (Risk risk : Risk.values()) {
            RiskAnswer answer = entry.risk(risk);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(EntryReader.LEVEL, answer.level().name());
            if (answer.note() != null) {
                out.put(EntryReader.NOTE, answer.note());
            }
            screen.put(risk.name(), out);
        }
        return screen;
    }

    private static Map<String, Object> clientResponse(DisclosureEntry entry) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (entry.clientResponse().text() != null) {
            out.put(EntryReader.TEXT, entry.clientResponse().text());
        }
        out.put(EntryReader.RATING, entry.clientResponse().rating().name());
        return out;
    }
}
