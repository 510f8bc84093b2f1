package org.casenotes.supervision.core.review;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.casenotes.supervision.api.error.ValidationException;

/**
 * The keyset position after the last item of a page: its due date and note id, encoded as an
 * opaque URL-safe string.
 */
record Cursor(LocalDate dueDate, String noteId) {

    String encode() {
        String plain = dueDate + "\n" + noteId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor; {@code null} stands for the first page. */
    static Cursor decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int split = plain.indexOf('\n');
            if (split < 0) {
                throw invalid();
            }
            return new Cursor(LocalDate.parse(plain.substring(0, split)), plain.substring(split + 1));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static RuntimeException invalid() {
        return ValidationException.of("/after", "invalid-cursor", "use the cursor of the previous page as given");
    }
}
