package org.casenotes.supervision.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.disclosure.FlagRule;
import org.casenotes.supervision.api.disclosure.Risk;
import org.casenotes.supervision.api.disclosure.Severity;
import org.junit.jupiter.api.Test;

/**
 * Every code the API defines has a label in English and in Spanish, the two languages carry
 * the same keys, and flag explanations render in both.
 */
class VocabularyCompletenessTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private final VocabularyService vocabulary = new VocabularyService();

    @Test
    void everyEnumConstantOfTheApiHasAnEnglishAndASpanishLabelOfItsOwn() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String suffix : List.of("", "_es")) {
            Properties own = properties("Vocabulary" + suffix);
            Properties form = properties("../disclosure/FormText" + suffix);
            for (Class<? extends Enum<?>> type : VocabularyService.ENUMS) {
                for (Enum<?> value : type.getEnumConstants()) {
                    String key = value instanceof FlagRule rule ? "rule." + rule.id()
                            : "enum." + VocabularyService.groupName(type) + "." + value.name();
                    String formKey = "option." + type.getSimpleName() + "." + value.name() + ".label";
                    if (isBlank(own.getProperty(key)) && isBlank(form.getProperty(formKey))) {
                        missing.add(suffix + " " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumDeclaredInThePluginApiIsInTheVocabulary() throws IOException {
        Path api = Path.of("..", "plugin-api", "src", "main", "java");
        Pattern declaration = Pattern.compile("\\benum\\s+(\\w+)");
        List<String> declared = new ArrayList<>();
        try (Stream<Path> files = Files.walk(api)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = declaration.matcher(Files.readString(file).replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", ""));
                while (m.find()) {
                    declared.add(m.group(1));
                }
            }
        }
        assertThat(declared).isNotEmpty();
        assertThat(VocabularyService.ENUMS.stream().map(Class::getSimpleName).toList())
                .containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void englishAndSpanishCarryTheSameKeysAndEveryMessageIsWellFormed() throws IOException {
        for (String bundle : List.of("Vocabulary", "../disclosure/FormText")) {
            Properties en = properties(bundle);
            Properties es = properties(bundle + "_es");
            assertThat(es.stringPropertyNames()).as(bundle).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                assertThat(isBlank(es.getProperty(key))).as(bundle + "_es " + key).isFalse();
                if (key.startsWith("flag.")) {
                    // Rendered as the vocabulary renders them: plural choices first, then MessageFormat.
                    for (List<String> arguments : List.of(List.of("1", "1", "1"), List.of("2", "5", "3"))) {
                        assertThat(VocabularyService.render(Locale.ENGLISH, key, arguments)).as(key).doesNotContain("{");
                        assertThat(VocabularyService.render(ES, key, arguments)).as(key).doesNotContain("{");
                    }
                }
            }
        }
    }

    @Test
    void thePatternExplanationSpeaksOfThisClinicianWithThisClientInBothLanguages() {
        Flag pattern = new Flag("pattern", Severity.WARNING, "stored", -1, "flag.pattern", List.of("3", "5", "3"));

        assertThat(vocabulary.explain(pattern, Locale.ENGLISH))
                .startsWith("This clinician disclosed to this client in 3 of their last 5 sessions with the client");
        assertThat(vocabulary.explain(pattern, ES))
                .startsWith("Este clínico se autorreveló a este cliente en 3 de sus últimas 5 sesiones con el cliente");
        assertThat(vocabulary.explain(pattern, Locale.FRENCH)).isEqualTo(vocabulary.explain(pattern, Locale.ENGLISH));
        Flag single = new Flag("pattern", Severity.WARNING, "stored", -1, "flag.pattern", List.of("1", "1", "1"));
        assertThat(vocabulary.explain(single, Locale.ENGLISH)).startsWith("This clinician disclosed to this client in their last"
                + " session with the client");
        assertThat(vocabulary.explain(single, ES)).startsWith("Este clínico se autorreveló a este cliente en su última"
                + " sesión con el cliente");
    }

    @Test
    void enumArgumentsAreRenderedAsLabelsInTheReadersLanguage() {
        Flag risk = new Flag("risk", Severity.REVIEW_REQUIRED, "stored", 0, "flag.risk",
                List.of("1", VocabularyService.enumArgument(List.of(Risk.BOUNDARY_BLURRING, Risk.CLIENT_BURDEN))));

        assertThat(vocabulary.explain(risk, ES)).isEqualTo(
                "Entrada 1: el clínico consideró presentes estos riesgos: Límites difusos, Carga para el cliente.");
        assertThat(vocabulary.explain(new Flag("risk", Severity.INFO, "as written", 0), ES)).isEqualTo("as written");
    }

    @Test
    void theLabelsAreGroupedByEnumRuleAndField() {
        var es = vocabulary.labels(ES);

        assertThat(es.get("ReviewState")).containsEntry("CHANGES_REQUESTED", "Cambios solicitados");
        assertThat(es.get("FlagRule")).containsEntry("pattern", "Patrón con este cliente");
        assertThat(es.get("Attendance")).containsEntry("EXCUSED", "Ausencia justificada");
        assertThat(es.get("field")).containsEntry("sessionDate", "Fecha de la sesión").containsKey("motiveCheck");
        assertThat(es.keySet()).hasSize(VocabularyService.ENUMS.size() + 1);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static Properties properties(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VocabularyCompletenessTest.class.getResourceAsStream(name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
