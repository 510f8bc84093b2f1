package org.casenotes.supervision.api.licensure;

import java.util.Objects;

/**
 * Where a board rule comes from.
 *
 * @param source the regulation or statute, such as "22 TAC §681.83(e)"
 * @param url a public address of its text, or empty
 * @param verified {@code true} when the rule pack's author checked the rule against the text
 *     at {@code url}; {@code false} when it rests on a secondary source (the pack's notes say which)
 */
public record Citation(String source, String url, boolean verified) {

    /** Checks that nothing is null and the source is not blank. */
    public Citation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        if (source.isBlank()) {
            throw new IllegalArgumentException("a citation names its source");
        }
    }
}
