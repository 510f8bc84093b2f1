package org.casenotes.supervision.core.packet;

import java.util.List;
import java.util.Objects;

/**
 * One self-disclosure entry laid out as a readable form.
 *
 * @param type the disclosure type's label, such as "Feelings"
 * @param summary what was disclosed
 * @param fields the entry's other fields in form order (mode, intents, rationale, ...)
 * @param riskScreen one row per risk: the risk's label and the answer (with its note)
 */
public record DisclosureEntry(String type, String summary, List<Field> fields,
        List<Field> riskScreen) {

    /** Checks the texts and copies the lists. */
    public DisclosureEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(summary, "summary");
        fields = List.copyOf(fields);
        riskScreen = List.copyOf(riskScreen);
    }
}
