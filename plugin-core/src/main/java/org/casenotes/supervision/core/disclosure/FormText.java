package org.casenotes.supervision.core.disclosure;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The form's labels and help texts in one language, from the {@code FormText} resource
 * bundles; English when the language is not available.
 */
final class FormText {

    static final String BUNDLE = "org.casenotes.supervision.core.disclosure.FormText";

    private final ResourceBundle bundle;

    private FormText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static FormText of(Locale locale) {
        return new FormText(ResourceBundle.getBundle(BUNDLE, locale, FormText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The language actually used, such as {@code en} or {@code es}. */
    String language() {
        String language = bundle.getLocale().getLanguage();
        return language.isEmpty() ? "en" : language;
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the form text bundle has no key " + key, e);
        }
    }

    String label(String field) {
        return get("field." + field + ".label");
    }

    String help(String field) {
        return get("field." + field + ".help");
    }

    String optionLabel(Enum<?> value) {
        return get("option." + value.getDeclaringClass().getSimpleName() + "." + value.name() + ".label");
    }

    String optionHelp(Enum<?> value) {
        return get("option." + value.getDeclaringClass().getSimpleName() + "." + value.name() + ".help");
    }
}
