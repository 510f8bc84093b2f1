package org.casenotes.supervision.host.web.hostile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a person reads in a problem document, checked against the one vocabulary: the sentence
 * for the problem's code comes from the UI's message file of the answer's language, each field
 * is named by a label of the plugin's vocabulary (served at {@code /api/vocabulary}), and no
 * JSON pointer appears in the words. Derived from the files, not from a list of examples, so a
 * new code or field without words fails wherever the catalogue reaches it.
 */
final class ProblemWording {

    /** A JSON pointer in running text: a slash that starts a path, not one inside a date or a word. */
    static final Pattern POINTER = Pattern.compile("(?<![\\w.:/])/[A-Za-z0-9_~]");

    private final String language;
    private final Map<String, String> messages;
    private final JsonNode labels;
    private final Set<String> apiNames;

    /**
     * Reads the words of one language.
     *
     * @param language en or es
     * @param vocabulary the served vocabulary in that language
     * @param apiNames every property and parameter name of the OpenAPI document: these need a
     *     label; any other name in a pointer without one (an id used as a key, a property the
     *     API does not know) is the request's own text and is shown as sent
     */
    ProblemWording(String language, JsonNode vocabulary, Set<String> apiNames) throws IOException {
        this.language = language;
        this.apiNames = apiNames;
        this.messages = new ObjectMapper().readValue(Path.of("src", "main", "resources", "public", "i18n",
                language + ".json").toFile(), new TypeReference<Map<String, String>>() { });
        this.labels = vocabulary.path("labels");
    }

    /**
     * The faults of one problem document's words; empty when it reads right.
     *
     * @param problem the document
     * @param contentLanguage the answer's Content-Language header
     * @return what is wrong, each naming the code and pointer
     */
    List<String> faults(JsonNode problem, String contentLanguage) {
        List<String> faults = new ArrayList<>();
        String code = problem.path("code").asText();
        String detail = problem.path("detail").asText();
        if (!language.equals(contentLanguage)) {
            faults.add(code + ": answered in '" + contentLanguage + "', asked " + language);
        }
        if (POINTER.matcher(detail).find()) {
            faults.add(code + ": detail holds a pointer: " + detail);
        }
        if (!messages.containsValue(problem.path("title").asText())) {
            faults.add(code + ": title not from the " + language + " messages: " + problem.path("title").asText());
        }
        JsonNode errors = problem.path("errors");
        if (errors.isEmpty()) {
            String sentence = messages.get("problem." + code);
            if (sentence == null) {
                faults.add(code + ": no problem." + code + " in " + language + ".json");
            } else if (!detail.equals(sentence)) {
                faults.add(code + ": detail is not the vocabulary's sentence: " + detail);
            }
            return faults;
        }
        String heading = messages.get(errors.size() == 1 ? "problems.heading.one" : "problems.heading.other")
                .replace("{count}", String.valueOf(errors.size()));
        if (!detail.startsWith(heading)) {
            faults.add(code + ": detail does not start with the count of problems: " + detail);
        }
        for (JsonNode error : errors) {
            String pointer = error.path("pointer").asText();
            String errorCode = error.path("code").asText();
            String words = error.path("detail").asText();
            String at = errorCode + " at " + pointer + ": ";
            if (!detail.contains(words)) {
                faults.add(at + "the summary leaves this error out");
            }
            if (POINTER.matcher(words).find()) {
                faults.add(at + "words hold a pointer: " + words);
            }
            String sentence = messages.get("problem." + errorCode);
            if (sentence == null) {
                faults.add(at + "no problem." + errorCode + " in " + language + ".json");
            } else if (!words.endsWith(sentence)) {
                faults.add(at + "not the vocabulary's sentence: " + words);
            }
            String[] parts = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
            List<String> named = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i].replace("~1", "/").replace("~0", "~");
                if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                named.add(part);
                Set<String> candidates = "unknown-property".equals(errorCode) && i == parts.length - 1 ? Set.of()
                        : labelsOf(named);
                if (candidates.isEmpty() && apiNames.contains(part) && !"unknown-property".equals(errorCode)) {
                    faults.add(at + "'" + part + "' has no label in the " + language + " vocabulary");
                } else if (candidates.isEmpty()) {
                    if (!words.contains(part)) {
                        faults.add(at + "'" + part + "', the request's own name, is not shown as sent: " + words);
                    }
                } else if (candidates.stream().noneMatch(words::contains)) {
                    faults.add(at + "'" + part + "' is not named by its label " + candidates + ": " + words);
                }
            }
        }
        return faults;
    }

    /**
     * Every property and parameter name of an OpenAPI document.
     *
     * @param openApi the document
     * @return the names
     */
    static Set<String> apiNames(JsonNode openApi) {
        Set<String> names = new HashSet<>();
        for (JsonNode properties : openApi.findValues("properties")) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        for (JsonNode parameters : openApi.findValues("parameters")) {
            for (JsonNode parameter : parameters) {
                if (parameter.has("name")) {
                    names.add(parameter.get("name").asText());
                }
            }
        }
        return names;
    }

    /**
     * The labels a named part may be shown with: a field (also nested, as riskScreen.level) or,
     * when no field has the name, an enum value, which then takes no part in the nesting.
     */
    private Set<String> labelsOf(List<String> named) {
        Set<String> out = new HashSet<>();
        JsonNode fields = labels.path("field");
        for (int from = 0; from < named.size(); from++) {
            JsonNode label = fields.get(String.join(".", named.subList(from, named.size())));
            if (label != null) {
                out.add(label.asText());
                return out;
            }
        }
        String last = named.remove(named.size() - 1);
        for (Iterator<Map.Entry<String, JsonNode>> groups = labels.fields(); groups.hasNext();) {
            Map.Entry<String, JsonNode> group = groups.next();
            if (!"field".equals(group.getKey()) && group.getValue().has(last)) {
                out.add(group.getValue().get(last).asText());
            }
        }
        return out;
    }
}
