package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casenotes.supervision.api.Vocabulary;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.error.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * How a problem is put in words: fields by their labels (nested names, positions, enum codes
 * used as keys), the request's own names in quotes, the count of problems with its plural, and
 * Spanish words for a Spanish request. The whole class of the API's problems is walked by
 * {@code HostileCatalogueIT}; this names the rules one by one.
 */
class ProblemWordsTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    private static final Vocabulary VOCABULARY = new Vocabulary() {
        @Override
        public List<Locale> locales() {
            return List.of(Locale.ENGLISH, ES);
        }

        @Override
        public Map<String, Map<String, String>> labels(Locale locale) {
            boolean es = "es".equals(locale.getLanguage());
            return Map.of("field", Map.of("entries", es ? "Revelaciones" : "Disclosures",
                    "summary", es ? "Lo que reveló" : "What you disclosed",
                    "riskScreen", es ? "Riesgos" : "Risks",
                    "riskScreen.level", es ? "Valoración" : "Judgement",
                    "level", es ? "Nivel" : "Level"),
                    "Risk", Map.of("CLIENT_BURDEN", es ? "Carga para el cliente" : "Burden on the client"));
        }

        @Override
        public String label(Enum<?> value, Locale locale) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String explain(Flag flag, Locale locale) {
            throw new UnsupportedOperationException();
        }
    };

    private final ProblemWords words = new ProblemWords(() -> Optional.of(VOCABULARY));

    @Test
    void aFieldIsNamedByItsLabelsOutermostFirstWithPositionsCountedFromOne() {
        assertThat(words.describe(new FieldProblem("/entries/0/summary", "required", "x"), Locale.ENGLISH))
                .isEqualTo("Disclosures, item 1 › What you disclosed: This is required.");
        assertThat(words.describe(new FieldProblem("/entries/2/riskScreen/CLIENT_BURDEN/level", "required", "x"), ES))
                .isEqualTo("Revelaciones, elemento 3 › Riesgos › Carga para el cliente › Valoración: Este dato es obligatorio.");
    }

    @Test
    void theRequestsOwnNamesAreQuotedAsSentAndTheWholeDocumentNamesNoField() {
        assertThat(words.describe(new FieldProblem("/entries/0/colour", "unknown-property", "x"), Locale.ENGLISH))
                .isEqualTo("Disclosures, item 1 › “colour”: This value is not accepted.");
        assertThat(words.describe(new FieldProblem("/a~1b", "wrong-type", "x"), ES))
                .isEqualTo("«a/b»: Este valor no tiene la forma correcta.");
        assertThat(words.describe(new FieldProblem("", "malformed-json", "x"), Locale.ENGLISH))
                .isEqualTo("This part of the request is not well-formed.");
        assertThat(words.describe(new FieldProblem("/entries/99999999999999999999999", "required", "x"), Locale.ENGLISH))
                .as("a position beyond a long").isEqualTo("Disclosures, item 100000000000000000000000: This is required.");
    }

    @Test
    void theSummaryCountsTheProblemsWithTheirPluralAndListsEach() {
        FieldProblem one = new FieldProblem("/entries/0/summary", "required", "x");
        FieldProblem two = new FieldProblem("/entries/1/summary", "too-long", "x");

        assertThat(words.summary(List.of(one), Locale.ENGLISH))
                .isEqualTo("There is 1 problem to fix: Disclosures, item 1 › What you disclosed: This is required.");
        assertThat(words.summary(List.of(one, two), ES)).startsWith("Hay 2 problemas que corregir: ")
                .doesNotContain("/entries");
    }

    @Test
    void withoutThePluginTheNamesAreQuotedAndTheSentencesStillTranslated() {
        ProblemWords unavailable = new ProblemWords(Optional::empty);

        assertThat(unavailable.describe(new FieldProblem("/sessionDate", "required", "x"), ES))
                .isEqualTo("«sessionDate»: Este dato es obligatorio.");
        assertThat(unavailable.title(404, ES)).isEqualTo("No encontrado");
        assertThat(unavailable.title(418, Locale.ENGLISH)).isEqualTo("Request refused");
    }
}
