package org.casenotes.supervision.host.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The host's words in English and Spanish, from the web UI's message files
 * ({@code public/i18n/<language>.json}), so the screens, the problem documents and the command
 * line say the same thing. A counted message has the forms {@code <key>.one} and
 * {@code <key>.other}, chosen as the UI's {@code tn()} chooses them (CLDR plural rules: in both
 * languages "one" is exactly 1, everything else, 0 and fractions included, is "other").
 * Immutable and thread-safe; the files are read once.
 */
public final class MessageFiles {

    private static final MessageFiles FILES = new MessageFiles(Map.of("en", read("en"), "es", read("es")));

    private final Map<String, Map<String, String>> byLanguage;

    private MessageFiles(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /**
     * The host's message files.
     *
     * @return the files, read once
     */
    public static MessageFiles host() {
        return FILES;
    }

    /**
     * A message, when the files have it.
     *
     * @param key the key
     * @param locale English or Spanish; any other language reads English
     * @return the message, or empty
     */
    public Optional<String> find(String key, Locale locale) {
        return Optional.ofNullable(of(locale).get(key));
    }

    /**
     * A message with its {@code {name}} placeholders filled.
     *
     * @param key the key
     * @param locale English or Spanish
     * @param values name, value, name, value, …
     * @return the text
     * @throws IllegalStateException when the files have no such key
     */
    public String text(String key, Locale locale, Object... values) {
        String text = find(key, locale).orElseThrow(() -> new IllegalStateException("the message files have no " + key));
        for (int i = 0; i + 1 < values.length; i += 2) {
            text = text.replace("{" + values[i] + "}", String.valueOf(values[i + 1]));
        }
        return text;
    }

    /**
     * A counted message: {@code key.one} for exactly 1, {@code key.other} otherwise, with
     * {@code {count}} and the other placeholders filled.
     *
     * @param key the key without its form
     * @param count the count
     * @param locale English or Spanish
     * @param values name, value, … for the other placeholders
     * @return the text
     * @throws IllegalStateException when the files have no such key
     */
    public String counted(String key, Number count, Locale locale, Object... values) {
        String form = new BigDecimal(count.toString()).compareTo(BigDecimal.ONE) == 0 ? "one" : "other";
        Object[] all = new Object[values.length + 2];
        all[0] = "count";
        all[1] = count;
        System.arraycopy(values, 0, all, 2, values.length);
        return text(key + "." + form, locale, all);
    }

    private Map<String, String> of(Locale locale) {
        return byLanguage.getOrDefault(locale.getLanguage(), byLanguage.get("en"));
    }

    private static Map<String, String> read(String language) {
        try (InputStream in = MessageFiles.class.getResourceAsStream("/public/i18n/" + language + ".json")) {
            if (in == null) {
                throw new IllegalStateException("the message file public/i18n/" + language + ".json is missing");
            }
            return Map.copyOf(new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
