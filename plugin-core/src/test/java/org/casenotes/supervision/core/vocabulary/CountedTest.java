package org.casenotes.supervision.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plural forms of every message of the plugin's bundles, in English and Spanish: each
 * plural choice has the singular for exactly 1 and the plural for 0, 2, many and fractions; no
 * message writes a plural as "note(s)". Derived from the bundles, so a new counted message is
 * checked without being listed here.
 */
class CountedTest {

    /** Every bundle of the plugin that holds words a person reads. */
    static final List<String> BUNDLES = List.of(VocabularyService.BUNDLE, VocabularyService.FORM_BUNDLE,
            "org.casenotes.supervision.core.licensure.LicensureText", "org.casenotes.supervision.core.packet.PacketText",
            "org.casenotes.supervision.core.packet.pdf.labels");
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
    static final Pattern CHOICE = Pattern.compile("\\{(\\w+),choice,((?:[^{}]|\\{\\w+})*)}");
    /** A plural written as a bracketed ending: note(s), reunión(es), tramo(s). */
    static final Pattern BRACKETED_PLURAL = Pattern.compile("\\p{L}\\((s|es)\\)");

    @Test
    void everyPluralChoiceHasTheSingularForOneAndThePluralForEveryOtherCount() {
        List<String> faults = new ArrayList<>();
        int choices = 0;
        for (String name : BUNDLES) {
            for (Locale language : LANGUAGES) {
                ResourceBundle bundle = bundle(name, language);
                for (String key : bundle.keySet()) {
                    String message = bundle.getString(key);
                    Matcher m = CHOICE.matcher(message);
                    while (m.find()) {
                        choices++;
                        String where = language + " " + key + " " + m.group();
                        String[] forms = m.group(2).split("\\|");
                        if (forms.length != 3 || !forms[0].startsWith("0#") || !forms[1].startsWith("1#")
                                || !forms[2].startsWith("1<")) {
                            faults.add(where + ": not the three limits 0#, 1#, 1<");
                            continue;
                        }
                        String singular = forms[1].substring(2);
                        String plural = forms[2].substring(2);
                        if (singular.equals(plural) || !forms[0].substring(2).equals(plural)) {
                            faults.add(where + ": zero must take the plural, one its own form");
                        }
                        String choice = m.group();
                        String argument = m.group(1);
                        for (Number count : List.of(0, 1, 2, 1000, 1.5, 0.99)) {
                            String chosen = Counted.choose(choice, n -> n.equals(argument) ? count : null);
                            String expected = count.doubleValue() == 1 ? singular : plural;
                            if (!chosen.equals(expected)) {
                                faults.add(where + " at " + count + ": " + chosen);
                            }
                        }
                    }
                }
            }
        }
        assertThat(faults).isEmpty();
        assertThat(choices).as("counted messages found in the bundles").isGreaterThan(60);
    }

    @Test
    void noMessageWritesAPluralAsABracketedEnding() {
        List<String> bracketed = new ArrayList<>();
        for (String name : BUNDLES) {
            for (Locale language : LANGUAGES) {
                ResourceBundle bundle = bundle(name, language);
                for (String key : bundle.keySet()) {
                    if (BRACKETED_PLURAL.matcher(bundle.getString(key)).find()) {
                        bracketed.add(language + " " + name + " " + key + ": " + bundle.getString(key));
                    }
                }
            }
        }
        assertThat(bracketed).isEmpty();
    }

    @Test
    void noCountStandsBeforeACountedNounWithoutItsPluralChoice() {
        // {classes} and {class} are kinds of supervision ("individual"), not counts.
        Pattern countThenNoun = Pattern.compile("\\{(?!classes}|class})\\w+} (notes?|meetings?|hours?|minutes?|units?"
                + "|sessions?|spans?|years?|characters?|disclosures?|events?|pages?|rows?|problems?|supervisees?"
                + "|notas?|reuni(ón|ones)|horas?|minutos?|unidad(es)?|sesi(ón|ones)|tramos?|años?|car(á|a)cter(es)?"
                + "|autorrevelaci(ón|ones)|páginas?)\\b");
        List<String> uncounted = new ArrayList<>();
        for (String name : BUNDLES) {
            for (Locale language : LANGUAGES) {
                ResourceBundle bundle = bundle(name, language);
                for (String key : bundle.keySet()) {
                    Matcher m = countThenNoun.matcher(CHOICE.matcher(bundle.getString(key)).replaceAll("#"));
                    if (m.find()) {
                        uncounted.add(language + " " + key + ": '" + m.group() + "'");
                    }
                }
            }
        }
        assertThat(uncounted).isEmpty();
    }

    @Test
    void aCountFillsItsPlaceAndTheFormAround() {
        String message = "{0} {0,choice,0#notes|1#note|1<notes}; {spans,choice,0#each of the {spans} spans|1#the one span"
                + "|1<each of the {spans} spans}";
        Map<Object, String> expected = Map.of(0, "{0} notes; each of the {spans} spans", 1, "{0} note; the one span",
                2, "{0} notes; each of the {spans} spans", 1000, "{0} notes; each of the {spans} spans");
        expected.forEach((count, text) -> assertThat(Counted.choose(message, n -> (Number) count)).isEqualTo(text));
        assertThatThrownBy(() -> Counted.choose(message, n -> null)).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void thePacketsCountedSentencesReadRightInBothLanguages() {
        ResourceBundle en = bundle("org.casenotes.supervision.core.packet.pdf.labels", Locale.ENGLISH);
        ResourceBundle es = bundle("org.casenotes.supervision.core.packet.pdf.labels", Locale.forLanguageTag("es"));
        assertThat(choose(en.getString("guard.leftOut"), 1)).startsWith("1 psychotherapy note kept apart")
                .contains("was left out");
        assertThat(choose(en.getString("guard.leftOut"), 2)).startsWith("2 psychotherapy notes kept apart")
                .contains("were left out");
        assertThat(choose(es.getString("guard.leftOut"), 1)).startsWith("Se dejó fuera de este paquete 1 nota de"
                + " psicoterapia guardada aparte");
        assertThat(choose(es.getString("guard.leftOut"), 0)).startsWith("Se dejaron fuera de este paquete 0 notas");
    }

    private static String choose(String message, int count) {
        return Counted.choose(message, n -> count).replace("{0}", String.valueOf(count));
    }

    private static ResourceBundle bundle(String name, Locale language) {
        return ResourceBundle.getBundle(name, language, CountedTest.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
