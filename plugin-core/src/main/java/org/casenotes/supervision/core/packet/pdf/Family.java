package org.casenotes.supervision.core.packet.pdf;

import java.lang.Character.UnicodeScript;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A regular and a bold face of one design, and the scripts it is preferred for even where the
 * default face also has the letters. A family without a bold face draws bold text by also
 * stroking the regular outlines. Thread-safe; faces are read on first use.
 */
final class Family {

    private final String name;
    private final Supplier<Face> regular;
    private final Supplier<Face> bold;
    private final Set<UnicodeScript> preferredFor;

    Family(String name, Supplier<Face> regular, Supplier<Face> bold,
            Set<UnicodeScript> preferredFor) {
        this.name = name;
        this.regular = memo(regular);
        this.bold = bold == null ? null : memo(bold);
        this.preferredFor = Set.copyOf(preferredFor);
    }

    String name() {
        return name;
    }

    Face face(boolean strong) {
        return strong && bold != null ? bold.get() : regular.get();
    }

    /** Whether bold text in this family is the regular face stroked as well as filled. */
    boolean synthesisesBold() {
        return bold == null;
    }

    boolean preferredFor(UnicodeScript script) {
        return preferredFor.contains(script);
    }

    boolean covers(int codePoint) {
        return regular.get().covers(codePoint);
    }

    private static Supplier<Face> memo(Supplier<Face> source) {
        return new Supplier<>() {
            private volatile Face face;

            @Override
            public Face get() {
                Face loaded = face;
                if (loaded == null) {
                    synchronized (this) {
                        if (face == null) {
                            face = source.get();
                        }
                        loaded = face;
                    }
                }
                return loaded;
            }
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
