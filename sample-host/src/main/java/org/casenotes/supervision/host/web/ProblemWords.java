package org.casenotes.supervision.host.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casenotes.supervision.api.Vocabulary;
import org.casenotes.supervision.api.error.FieldProblem;

/**
 * The words a person reads in a problem document, in the request's language: a problem's
 * sentence comes from the host's {@link MessageFiles} (key {@code problem.<code>}), so the API and the screens say the same thing; a field is named by
 * its label in the plugin's vocabulary (group {@code field}, and an enum group for a code
 * used as a key, such as a risk), never by its JSON pointer. The machine-readable pointer and
 * code stay beside the words. Thread-safe: the message files and the vocabulary are read only.
 */
final class ProblemWords {

    private static final String UNKNOWN_PROPERTY = "unknown-property";

    private final MessageFiles messages = MessageFiles.host();
    private final Function<Locale, Optional<Map<String, Map<String, String>>>> labels;

    /**
     * Creates the words.
     *
     * @param vocabulary the plugin's vocabulary while the plugin is loaded
     */
    ProblemWords(java.util.function.Supplier<Optional<Vocabulary>> vocabulary) {
        this.labels = locale -> vocabulary.get().map(v -> v.labels(locale));
    }

    /**
     * The sentence for a problem code, when the message files have one.
     *
     * @param code the code, such as {@code required} or {@code note.not-found}
     * @param locale English or Spanish
     * @return the sentence, or empty
     */
    Optional<String> sentence(String code, Locale locale) {
        return messages.find("problem." + code, locale);
    }

    /**
     * A problem document's {@code title}: the kind of problem its status names.
     *
     * @param status the HTTP status
     * @param locale English or Spanish
     * @return such as "Not found"
     */
    String title(int status, Locale locale) {
        return messages.find("problem.title." + status, locale)
                .orElseGet(() -> message(status >= 500 ? "problem.title.5xx" : "problem.title.4xx", locale));
    }

    /**
     * One field problem in words: the field's label, then what is wrong with it.
     *
     * @param problem the problem
     * @param locale English or Spanish
     * @return such as {@code "Disclosures, item 1 › What you disclosed: This is required."}
     */
    String describe(FieldProblem problem, Locale locale) {
        String what = sentence(problem.code(), locale).orElseGet(() -> message("problem.invalid", locale));
        String field = field(problem.path(), problem.code(), locale);
        return field.isEmpty() ? what : field + ": " + what;
    }

    /**
     * A problem document's {@code detail} when it lists field problems: how many, then each.
     *
     * @param problems the problems; not empty
     * @param locale English or Spanish
     * @return the sentence
     */
    String summary(List<FieldProblem> problems, Locale locale) {
        String heading = messages.counted("problems.heading", problems.size(), locale);
        return heading + " " + problems.stream().map(p -> describe(p, locale)).collect(Collectors.joining(" "));
    }

    /**
     * A field's name in words, from its JSON pointer: each named part by its label (the longest
     * nested field name that has one, {@code riskScreen.level} before {@code level}), each
     * position as "item n", joined outermost first. A name without a label (a property the API
     * does not know, an id used as a key) is the request's own text and is shown as written, in
     * quotes; so is every name while the plugin, and with it the vocabulary, is unavailable.
     *
     * @param pointer the RFC 6901 pointer; {@code ""} names no field
     * @param code the problem's code
     * @param locale English or Spanish
     * @return the name, or {@code ""} for the whole document
     */
    String field(String pointer, String code, Locale locale) {
        if (pointer.isEmpty() || "/".equals(pointer)) {
            return "";
        }
        String[] parts = pointer.substring(1).split("/", -1);
        Map<String, Map<String, String>> groups = labels.apply(locale).orElse(Map.of());
        Map<String, String> fields = groups.getOrDefault("field", Map.of());
        List<String> named = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].replace("~1", "/").replace("~0", "~");
            if (UNKNOWN_PROPERTY.equals(code) && i == parts.length - 1) {
                words.add(message("problem.quoted", locale).replace("{name}", part));
            } else if (part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
                String item = message("problem.item", locale).replace("{n}", new java.math.BigInteger(part).add(java.math.BigInteger.ONE).toString());
                words.add(words.isEmpty() ? item : words.remove(words.size() - 1) + ", " + item);
            } else {
                named.add(part);
                Optional<String> label = fieldLabel(named, fields);
                if (label.isEmpty()) {
                    // A code used as a key (a risk of the risk screen) is no field of the nesting.
                    named.remove(named.size() - 1);
                    label = codeLabel(part, groups);
                }
                words.add(label.orElseGet(() -> message("problem.quoted", locale).replace("{name}", part)));
            }
        }
        return String.join(" › ", words);
    }

    private static Optional<String> fieldLabel(List<String> named, Map<String, String> fields) {
        for (int from = 0; from < named.size(); from++) {
            String key = String.join(".", named.subList(from, named.size()));
            if (fields.containsKey(key)) {
                return Optional.of(fields.get(key));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> codeLabel(String code, Map<String, Map<String, String>> groups) {
        for (Map.Entry<String, Map<String, String>> group : groups.entrySet()) {
            if (!"field".equals(group.getKey()) && group.getValue().containsKey(code)) {
                return Optional.of(group.getValue().get(code));
            }
        }
        return Optional.empty();
    }

    private String message(String key, Locale locale) {
        return messages.text(key, locale);
    }
}
