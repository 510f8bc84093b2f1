package org.casenotes.supervision.host.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web UI's message files: every message the scripts ask for exists in English and Spanish,
 * both files hold the same keys with the same placeholders, and none is empty. A missing
 * translation fails here, before any browser runs.
 */
class MessageFilesTest {

    static final Path PUBLIC = Path.of("src", "main", "resources", "public");
    static final Pattern PLAIN = Pattern.compile("\\bt\\('([^']+)'");
    static final Pattern COUNTED = Pattern.compile("\\btn\\('([^']+)'");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @Test
    void everyMessageTheScriptsUseExistsInEnglishAndSpanish() throws IOException {
        Map<String, String> en = messages("en");
        Map<String, String> es = messages("es");
        Set<String> used = new TreeSet<>();
        Set<String> counted = new TreeSet<>();
        for (String source : scripts()) {
            collect(PLAIN, source, used);
            collect(COUNTED, source, counted);
        }
        for (String language : List.of("en", "es")) {
            used.add("language." + language);
        }
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            check(key, en, es, missing);
        }
        for (String key : counted) {
            check(key + ".one", en, es, missing);
            check(key + ".other", en, es, missing);
        }
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(missing).isEmpty();
    }

    @Test
    void englishAndSpanishHoldTheSameKeysAndPlaceholdersAndNoEmptyMessage() throws IOException {
        Map<String, String> en = messages("en");
        Map<String, String> es = messages("es");
        assertThat(es.keySet()).isEqualTo(en.keySet());
        for (Map.Entry<String, String> e : en.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).isNotBlank();
            assertThat(es.get(e.getKey())).as(e.getKey()).isNotBlank();
            assertThat(placeholders(es.get(e.getKey()))).as(e.getKey()).isEqualTo(placeholders(e.getValue()));
        }
    }

    @Test
    void spanishIsTranslatedNotCopied() throws IOException {
        Map<String, String> en = messages("en");
        Map<String, String> es = messages("es");
        // Words that are the same in both languages, and the demo's user ids, are the only copies allowed.
        // "Individual" is the Spanish word too; a month name and a percentage are formatted by Intl in the
        // page's language, so their messages are only the placeholder.
        Set<String> same = Set.of("common.no", "language.en", "language.es", "meeting.minutes", "meeting.supervisor",
                "note.defaultText", "licensure.class.individual", "licensure.month", "licensure.percent");
        List<String> copied = en.keySet().stream().filter(k -> en.get(k).equals(es.get(k)) && !same.contains(k)).toList();
        assertThat(copied).isEmpty();
    }

    private static void check(String key, Map<String, String> en, Map<String, String> es, List<String> missing) {
        if (!en.containsKey(key)) {
            missing.add("en: " + key);
        }
        if (!es.containsKey(key)) {
            missing.add("es: " + key);
        }
    }

    private static void collect(Pattern pattern, String source, Set<String> into) {
        Matcher m = pattern.matcher(source);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> out = new TreeSet<>();
        collect(PLACEHOLDER, message, out);
        return out;
    }

    static Map<String, String> messages(String language) throws IOException {
        return new ObjectMapper().readValue(PUBLIC.resolve("i18n").resolve(language + ".json").toFile(),
                new TypeReference<Map<String, String>>() { });
    }

    static List<String> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(PUBLIC)) {
            List<Path> js = files.filter(p -> p.toString().endsWith(".js")).toList();
            List<String> out = new ArrayList<>();
            for (Path p : js) {
                out.add(Files.readString(p));
            }
            return out;
        }
    }
}
