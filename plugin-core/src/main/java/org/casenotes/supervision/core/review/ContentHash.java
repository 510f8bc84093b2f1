package org.casenotes.supervision.core.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 a co-sign attests to. The note text and the section's canonical JSON are framed
 * with their UTF-8 lengths, so no two different pairs hash the same input; a missing section
 * is framed differently from an empty one.
 */
final class ContentHash {

    private static final String FORMAT = "sr-review-snapshot/1";

    private ContentHash() {
    }

    static String of(String noteText, String sectionJson) {
        StringBuilder framed = new StringBuilder(FORMAT).append('\n');
        frame(framed, "note", noteText);
        frame(framed, "section", sectionJson);
        return sha256(framed.toString());
    }

    static String ofAddendum(String text) {
        StringBuilder framed = new StringBuilder("sr-review-addendum/1").append('\n');
        frame(framed, "text", text);
        return sha256(framed.toString());
    }

    private static void frame(StringBuilder out, String name, String value) {
        if (value == null) {
            out.append(name).append(":-\n");
        } else {
            out.append(name).append(':').append(value.getBytes(StandardCharsets.UTF_8).length).append(':')
                    .append(value).append('\n');
        }
    }

    private static String sha256(String input) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
