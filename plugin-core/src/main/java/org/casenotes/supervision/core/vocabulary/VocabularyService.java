package org.casenotes.supervision.core.vocabulary;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.Vocabulary;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.billing.SupervisorPresence;
import org.casenotes.supervision.api.error.HostPart;
import org.casenotes.supervision.api.licensure.CheckPeriod;
import org.casenotes.supervision.api.licensure.RuleOutcome;
import org.casenotes.supervision.api.fhir.FhirBundleType;
import org.casenotes.supervision.api.loader.PluginProblem;
import org.casenotes.supervision.api.audit.AuditField;
import org.casenotes.supervision.api.audit.AuditProblem;
import org.casenotes.supervision.api.disclosure.DisclosureMode;
import org.casenotes.supervision.api.disclosure.DisclosureType;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.disclosure.FlagRule;
import org.casenotes.supervision.api.disclosure.Intent;
import org.casenotes.supervision.api.disclosure.Intimacy;
import org.casenotes.supervision.api.disclosure.Involvement;
import org.casenotes.supervision.api.disclosure.MotiveCheck;
import org.casenotes.supervision.api.disclosure.ResponseRating;
import org.casenotes.supervision.api.disclosure.Risk;
import org.casenotes.supervision.api.disclosure.RiskLevel;
import org.casenotes.supervision.api.disclosure.Severity;
import org.casenotes.supervision.api.meeting.AgendaItemKind;
import org.casenotes.supervision.api.meeting.AgendaReason;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingStatus;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.review.FhirTaskStatus;
import org.casenotes.supervision.api.review.ReviewState;

/**
 * The plugin's vocabulary from two resource bundles: {@code vocabulary/Vocabulary} (enum
 * values, rule names, host form fields, flag explanations) and {@code disclosure/FormText}
 * (the self-disclosure form's fields and options), so the form, the UI, the packet and the
 * CLI show one set of words. Thread-safe: bundles are cached by the JDK and read only.
 */
public final class VocabularyService implements Vocabulary {

    /** Every enum of the API, in the order {@link #labels} lists them. */
    public static final List<Class<? extends Enum<?>>> ENUMS = List.of(ReviewState.class, Severity.class,
            FlagRule.class, DisclosureType.class, DisclosureMode.class, Involvement.class, Intimacy.class,
            Intent.class, MotiveCheck.class, Risk.class, RiskLevel.class, ResponseRating.class,
            MeetingFormat.class, Modality.class, MeetingStatus.class, Attendance.class, AgendaItemKind.class,
            AgendaReason.class, IdentityMode.class, Role.class, SupervisionAssignment.Kind.class,
            FhirTaskStatus.class, AuditAction.class, AuditField.class, AuditProblem.class, HostPart.class,
            FhirBundleType.class, PluginProblem.Kind.class, SupervisorPresence.class, RuleOutcome.class,
            CheckPeriod.class, org.casenotes.supervision.api.NoteProtection.class,
            org.casenotes.supervision.api.policy.CoSignScope.class,
            org.casenotes.supervision.api.review.SampleReason.class);

    static final String BUNDLE = "org.casenotes.supervision.core.vocabulary.Vocabulary";
    static final String FORM_BUNDLE = "org.casenotes.supervision.core.disclosure.FormText";
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    @Override
    public List<Locale> locales() {
        return LOCALES;
    }

    @Override
    public Map<String, Map<String, String>> labels(Locale locale) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : ENUMS) {
            Map<String, String> group = new LinkedHashMap<>();
            for (Enum<?> value : type.getEnumConstants()) {
                group.put(type == FlagRule.class ? ((FlagRule) value).id() : value.name(), label(value, locale));
            }
            groups.put(groupName(type), Collections.unmodifiableMap(group));
        }
        groups.put("field", fields(locale));
        return Collections.unmodifiableMap(groups);
    }

    @Override
    public String label(Enum<?> value, Locale locale) {
        if (!ENUMS.contains(value.getDeclaringClass())) {
            throw new IllegalArgumentException(value.getDeclaringClass().getName() + " is not an enum of the API");
        }
        if (value instanceof FlagRule rule) {
            return text(bundle(locale), "rule." + rule.id());
        }
        String own = "enum." + groupName(value.getDeclaringClass()) + "." + value.name();
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey(own) ? text(bundle, own)
                : text(formBundle(locale), "option." + value.getDeclaringClass().getSimpleName() + "." + value.name() + ".label");
    }

    @Override
    public String explain(Flag flag, Locale locale) {
        if (flag.messageKey() == null) {
            return flag.explanation();
        }
        return render(locale, flag.messageKey(), flag.arguments());
    }

    /**
     * Renders a message of the vocabulary; arguments written {@code @EnumName:A,B} become the
     * labels of those constants, joined with commas, and each plural choice takes the form its
     * numeric argument asks for ({@link Counted}).
     *
     * @param locale the language
     * @param key the message key
     * @param arguments the arguments as text
     * @return the sentence
     * @throws IllegalStateException when the key is missing from the bundle
     */
    public static String render(Locale locale, String key, List<String> arguments) {
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = argument(arguments.get(i), locale);
        }
        String message = Counted.choose(text(bundle(locale), key), name -> count(arguments, name));
        return new MessageFormat(message, locale).format(values);
    }

    /**
     * Writes enum constants as one message argument, rendered as their labels.
     *
     * @param values the constants, all of one enum of the API
     * @return the argument, such as {@code @Risk:CLIENT_BURDEN,FOCUS_DIVERSION}
     */
    public static String enumArgument(List<? extends Enum<?>> values) {
        String type = values.isEmpty() ? "none" : groupName(values.get(0).getDeclaringClass());
        return "@" + type + ":" + values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** An argument as a count, for a plural choice: the argument's digits, or null when it is not a number. */
    private static Number count(List<String> arguments, String name) {
        int index = Integer.parseInt(name);
        if (index >= arguments.size()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(arguments.get(index));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String argument(String raw, Locale locale) {
        if (!raw.startsWith("@") || raw.indexOf(':') < 0) {
            return raw;
        }
        String type = raw.substring(1, raw.indexOf(':'));
        List<String> labels = new ArrayList<>();
        for (String name : raw.substring(raw.indexOf(':') + 1).split(",")) {
            labels.add(labelOf(type, name, locale));
        }
        return String.join(", ", labels);
    }

    private static String labelOf(String type, String name, Locale locale) {
        for (Class<? extends Enum<?>> candidate : ENUMS) {
            if (groupName(candidate).equals(type)) {
                for (Enum<?> value : candidate.getEnumConstants()) {
                    if (value.name().equals(name)) {
                        return new VocabularyService().label(value, locale);
                    }
                }
            }
        }
        return name;
    }

    private static Map<String, String> fields(Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        ResourceBundle form = formBundle(locale);
        for (String key : new TreeSet<>(form.keySet())) {
            if (key.startsWith("field.") && key.endsWith(".label")) {
                fields.put(key.substring(6, key.length() - 6), form.getString(key));
            }
        }
        ResourceBundle own = bundle(locale);
        for (String key : new TreeSet<>(own.keySet())) {
            if (key.startsWith("field.")) {
                fields.put(key.substring(6), own.getString(key));
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    /** The group of an enum: its simple name, with the enclosing type's for a nested one. */
    static String groupName(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : outer.getSimpleName() + "." + type.getSimpleName();
    }

    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the vocabulary has no key " + key, e);
        }
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, VocabularyService.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static ResourceBundle formBundle(Locale locale) {
        return ResourceBundle.getBundle(FORM_BUNDLE, locale, VocabularyService.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
