package org.casenotes.supervision.core.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.disclosure.Severity;
import org.casenotes.supervision.core.json.Json;

/** Stores the flags of a save as JSON beside the section. Thread-safe. */
final class FlagsJson {

    private FlagsJson() {
    }

    static String write(List<Flag> flags) {
        List<Object> out = new ArrayList<>();
        for (Flag flag : flags) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("ruleId", flag.ruleId());
            map.put("severity", flag.severity().name());
            map.put("explanation", flag.explanation());
            map.put("entryIndex", flag.entryIndex());
            if (flag.messageKey() != null) {
                map.put("messageKey", flag.messageKey());
                map.put("arguments", flag.arguments());
            }
            out.add(map);
        }
        return Json.write(out);
    }

    /** Reads flags this class wrote; the plugin's own data, so it is trusted. */
    static List<Flag> read(String json) {
        List<Flag> flags = new ArrayList<>();
        for (Object element : (List<?>) Json.parse(json)) {
            Map<?, ?> map = (Map<?, ?>) element;
            List<String> arguments = new ArrayList<>();
            if (map.get("arguments") instanceof List<?> values) {
                values.forEach(v -> arguments.add(String.valueOf(v)));
            }
            flags.add(new Flag((String) map.get("ruleId"), Severity.valueOf((String) map.get("severity")),
                    (String) map.get("explanation"), ((BigDecimal) map.get("entryIndex")).intValueExact(),
                    (String) map.get("messageKey"), arguments));
        }
        return flags;
    }
}
