package org.casenotes.supervision.core.packet;

import java.util.Locale;
import java.util.ResourceBundle;
import org.casenotes.supervision.core.vocabulary.Counted;

/** The words a packet's content carries, in the packet's language (English or Spanish). */
final class PacketText {

    private static final String BUNDLE = "org.casenotes.supervision.core.packet.PacketText";

    private final ResourceBundle bundle;
    private final Locale locale;

    PacketText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, PacketText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String of(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name());
    }

    String yesNo(boolean value) {
        return get(value ? "yes" : "no");
    }

    /** Fills {0}, {1}, ... literally, after choosing each plural form ({@link Counted}) by its numeric argument. */
    String format(String key, Object... arguments) {
        String text = Counted.choose(get(key), name -> {
            int index = Integer.parseInt(name);
            return index < arguments.length && arguments[index] instanceof Number n ? n : null;
        });
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
