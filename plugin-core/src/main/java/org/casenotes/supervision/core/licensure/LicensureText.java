package org.casenotes.supervision.core.licensure;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.casenotes.supervision.api.licensure.RuleResult;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.core.vocabulary.Counted;

/**
 * The plain-words label and explanation of each rule result, from the resource bundle
 * {@code LicensureText} (English, Spanish): {@code <kind>.label}, {@code <kind>.MET},
 * {@code <kind>.NOT_MET}, {@code <kind>.<reason>} or {@code reason.<reason>}, with
 * {@code {name}} replaced by the rule's parameters and figures, and each plural choice
 * {@code {name,choice,...}} resolved by the raw number ({@link Counted}). Thread-safe.
 */
final class LicensureText {

    static final String BUNDLE = "org.casenotes.supervision.core.licensure.LicensureText";

    private final ResourceBundle bundle;
    private final Locale locale;

    private LicensureText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    static LicensureText of(Locale locale) {
        Locale language = "es".equals(locale.getLanguage()) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
        return new LicensureText(ResourceBundle.getBundle(BUNDLE, language, LicensureText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), language);
    }

    RuleResult result(PackRule rule, PackChecker.Verdict verdict, RulePack pack) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Number> counts = new LinkedHashMap<>();
        parameters(rule, counts).forEach((k, v) -> values.put(k, v));
        verdict.figures().forEach((k, v) -> values.put(k, number(v)));
        counts.putAll(verdict.figures());
        values.put("from", pack.summary().effectiveFrom().toString());
        String kind = rule.kind().id();
        String label = fill(bundle.getString(kind + ".label"), values, counts);
        String key = verdict.reason() == null ? kind + "." + verdict.outcome().name() : kind + "." + verdict.reason();
        String explanation = fill(bundle.containsKey(key) ? bundle.getString(key)
                : bundle.getString("reason." + verdict.reason()), values, counts);
        return new RuleResult(rule.id(), kind, verdict.outcome(), verdict.figures(), label, explanation,
                rule.citation());
    }

    private Map<String, String> parameters(PackRule rule, Map<String, Number> counts) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("classes", rule.classes().stream().sorted().map(this::className).collect(Collectors.joining(", ")));
        p.put("modalities", rule.modalities().stream().sorted().map(m -> modality(m)).collect(Collectors.joining(", ")));
        put(p, counts, "minutesParam", rule.minutes());
        put(p, counts, "unitsParam", rule.units());
        put(p, counts, "hoursParam", rule.hours());
        put(p, counts, "aboveHours", rule.aboveHours());
        put(p, counts, "perDirectHours", rule.perDirectHours());
        put(p, counts, "percent", rule.percent());
        put(p, counts, "yearsParam", rule.years());
        return p;
    }

    /** A class's name in words; a class a vendor's pack adds without a translation shows its id. */
    String className(String id) {
        return bundle.containsKey("class." + id) ? bundle.getString("class." + id) : id;
    }

    String modality(Modality modality) {
        return bundle.getString("modality." + modality.name());
    }

    /**
     * A text of the board statement, its {name} placeholders filled.
     *
     * @param key the key, under {@code statement.}
     * @param values the placeholders' values
     * @return the text
     */
    String statement(String key, Map<String, String> values) {
        return fill(bundle.getString("statement." + key), values, Map.of());
    }

    /**
     * A number in this language, at most two decimals.
     *
     * @param value the number
     * @return the text
     */
    String decimal(BigDecimal value) {
        return number(value);
    }

    Locale locale() {
        return locale;
    }

    List<String> keys() {
        return bundle.keySet().stream().sorted().toList();
    }

    private void put(Map<String, String> p, Map<String, Number> counts, String name, Object value) {
        if (value != null) {
            counts.put(name, (Number) value);
            p.put(name, value instanceof BigDecimal d ? number(d) : number(BigDecimal.valueOf(((Number) value).longValue())));
        }
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** Chooses the plural forms by the raw counts ({@link Counted}), then fills the formatted values. */
    private static String fill(String template, Map<String, String> values, Map<String, Number> counts) {
        String out = Counted.choose(template, counts::get);
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace("{" + v.getKey() + "}", v.getValue());
        }
        if (out.matches("(?s).*\\{[a-zA-Z]+}.*")) {
            throw new MissingResourceException("a placeholder has no value", BUNDLE, template);
        }
        return out;
    }
}
