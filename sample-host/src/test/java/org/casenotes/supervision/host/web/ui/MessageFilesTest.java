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
 * The host's message files: every message the scripts and the host's Java code ask for exists
 * in English and Spanish, both files hold the same keys with the same placeholders, and none is
 * empty; every counted message reads right at 0, 1, 2 and many in both languages, and no message
 * writes a plural as "note(s)". A missing translation fails here, before any browser runs.
 */
class MessageFilesTest {

    static final Path PUBLIC = Path.of("src", "main", "resources", "public");
    static final Pattern PLAIN = Pattern.compile("\\bt\\('([^']+)'");
    static final Pattern COUNTED = Pattern.compile("\\btn\\('([^']+)'");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    static final Path JAVA = Path.of("src", "main", "java");
    static final Pattern JAVA_COUNTED = Pattern.compile("\\.counted\\(\"([^\"]+)\"");
    static final Pattern JAVA_PLAIN = Pattern.compile("\\.text\\(\"([^\"]+)\"");
    /** A plural written as a bracketed ending: note(s), reunión(es). */
    static final Pattern BRACKETED_PLURAL = Pattern.compile("\\p{L}\\((s|es)\\)");
    /** A number placeholder followed by a word: a count that needs plural forms, unless the word is a unit symbol. */
    static final Pattern NUMBER_AND_WORD = Pattern.compile("\\{(count|total|shown|n|hours|minutes|size|draw)} (\\p{L}+)");
    static final Set<String> UNIT_SYMBOLS = Set.of("min", "KB", "h", "of", "de");

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

    @Test
    void everyMessageTheHostsJavaCodeUsesExistsInEnglishAndSpanish() throws IOException {
        Map<String, String> en = messages("en");
        Map<String, String> es = messages("es");
        Set<String> plain = new TreeSet<>();
        Set<String> counted = new TreeSet<>();
        for (String source : sources(JAVA, ".java")) {
            collect(JAVA_PLAIN, source, plain);
            collect(JAVA_COUNTED, source, counted);
        }
        List<String> missing = new ArrayList<>();
        plain.forEach(key -> check(key, en, es, missing));
        counted.forEach(key -> {
            check(key + ".one", en, es, missing);
            check(key + ".other", en, es, missing);
        });
        assertThat(counted).as("counted messages of the command line").contains("cli.pages", "cli.rowsAdded");
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCountedMessageReadsRightAtZeroOneTwoAndManyInBothLanguages() throws IOException {
        List<String> faults = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            Map<String, String> messages = messages(language);
            java.util.Locale locale = java.util.Locale.forLanguageTag(language);
            Set<String> bases = new TreeSet<>();
            for (String key : messages.keySet()) {
                if (key.endsWith(".one") || key.endsWith(".other")) {
                    bases.add(key.substring(0, key.lastIndexOf('.')));
                }
            }
            for (String base : bases) {
                String one = messages.get(base + ".one");
                String other = messages.get(base + ".other");
                if (one == null || other == null) {
                    faults.add(language + " " + base + ": needs both .one and .other");
                    continue;
                }
                if (one.equals(other) || !other.contains("{count}")) {
                    faults.add(language + " " + base + ": .other must show {count} and differ from .one");
                }
                for (long count : new long[] {0, 1, 2, 1000}) {
                    String expected = (count == 1 ? one : other).replace("{count}", String.valueOf(count));
                    String shown = org.casenotes.supervision.host.web.MessageFiles.host().counted(base, count, locale);
                    if (!shown.equals(expected)) {
                        faults.add(language + " " + base + " at " + count + ": " + shown);
                    }
                    if (shown.contains("{count}")) {
                        faults.add(language + " " + base + " at " + count + ": the count is not filled in: " + shown);
                    }
                }
            }
            assertThat(bases).as(language + " counted messages").hasSizeGreaterThan(15);
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void noMessageWritesAPluralAsABracketedEndingOrACountWithoutPluralForms() throws IOException {
        List<String> faults = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            for (Map.Entry<String, String> e : messages(language).entrySet()) {
                if (BRACKETED_PLURAL.matcher(e.getValue()).find()) {
                    faults.add(language + " " + e.getKey() + ": " + e.getValue());
                }
                boolean counted = e.getKey().endsWith(".one") || e.getKey().endsWith(".other");
                Matcher m = NUMBER_AND_WORD.matcher(e.getValue());
                while (!counted && m.find()) {
                    if (!UNIT_SYMBOLS.contains(m.group(2))) {
                        faults.add(language + " " + e.getKey() + ": '" + m.group() + "' needs .one and .other forms");
                    }
                }
            }
        }
        assertThat(faults).isEmpty();
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
        return sources(PUBLIC, ".js");
    }

    static List<String> sources(Path root, String ending) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> js = files.filter(p -> p.toString().endsWith(ending)).toList();
            List<String> out = new ArrayList<>();
            for (Path p : js) {
                out.add(Files.readString(p));
            }
            return out;
        }
    }
}
