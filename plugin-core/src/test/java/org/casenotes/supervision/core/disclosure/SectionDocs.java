package org.casenotes.supervision.core.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.disclosure.Risk;
import org.casenotes.supervision.core.json.Json;

/**
 * Section documents for tests, as plain JSON trees: a complete valid entry to start from, and
 * JSON Pointer edits to break one field at a time.
 */
final class SectionDocs {

    /** Marks a field to be removed by {@link #edit}. */
    static final Object REMOVE = new Object() {
        @Override
        public String toString() {
            return "(removed)";
        }
    };

    private SectionDocs() {
    }

    /** A deliberate, client-benefiting, low-risk disclosure that raises no flag. */
    static Map<String, Object> entry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", "STRATEGIES");
        entry.put("involvement", "SELF_REVEALING");
        entry.put("intimacy", "PROFESSIONAL");
        entry.put("verbal", true);
        entry.put("summary", "Shared that I also use a breathing exercise before difficult conversations.");
        entry.put("mode", "DELIBERATE");
        entry.put("clientPrompted", false);
        entry.put("intents", new ArrayList<>(List.of("NORMALIZE", "MODEL_COMMUNICATION")));
        entry.put("rationale", "The client believed coping tools are a sign of weakness; treatment goal 2.");
        entry.put("motiveCheck", "CLIENT_BENEFIT");
        Map<String, Object> risks = new LinkedHashMap<>();
        for (Risk risk : Risk.values()) {
            risks.put(risk.name(), new LinkedHashMap<>(Map.of("level", "NO")));
        }
        entry.put("riskScreen", risks);
        entry.put("focusReturned", true);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("text", "Said it made the exercise feel more ordinary.");
        response.put("rating", "HELPFUL");
        entry.put("clientResponse", response);
        entry.put("discussInSupervision", false);
        return entry;
    }

    /** A section with the given entries. */
    @SafeVarargs
    static Map<String, Object> section(Map<String, Object>... entries) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("noSelfDisclosure", false);
        List<Object> list = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            list.add(entry);
        }
        section.put("entries", list);
        return section;
    }

    /** A section with one valid entry. */
    static Map<String, Object> section() {
        return section(entry());
    }

    /** The attestation that nothing was disclosed. */
    static Map<String, Object> attestation() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("noSelfDisclosure", true);
        return section;
    }

    static String json(Object tree) {
        return Json.write(tree);
    }

    /**
     * Sets or removes the value at a JSON Pointer, in place.
     *
     * @return the tree, for chaining
     */
    @SuppressWarnings("unchecked")
    static <T> T edit(T tree, String pointer, Object value) {
        String[] tokens = pointer.substring(1).split("/");
        Object node = tree;
        for (int i = 0; i < tokens.length - 1; i++) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(tokens[i]))
                    : ((Map<String, Object>) node).get(tokens[i]);
        }
        String last = tokens[tokens.length - 1];
        if (node instanceof List<?> list) {
            List<Object> elements = (List<Object>) list;
            if (value == REMOVE) {
                elements.remove(Integer.parseInt(last));
            } else if (Integer.parseInt(last) == elements.size()) {
                elements.add(value);
            } else {
                elements.set(Integer.parseInt(last), value);
            }
        } else if (value == REMOVE) {
            ((Map<String, Object>) node).remove(last);
        } else {
            ((Map<String, Object>) node).put(last, value);
        }
        return tree;
    }

    /** A text of the given length in code points. */
    static String text(int length) {
        return "a".repeat(length);
    }

    /** A text of the given length in code points, each a surrogate pair. */
    static String emoji(int length) {
        return "\uD83D\uDE00".repeat(length);
    }
}
