package org.casenotes.supervision.core.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.casenotes.supervision.api.audit.AuditField;

/**
 * Where a report page ended: the sort field's value and the sequence number of the last event
 * listed. Opaque to the host (Base64 URL-safe); bound to the sort field it was made for.
 *
 * @param sortBy the field the report is sorted by
 * @param value the last event's value of that field, as text
 * @param seq the last event's sequence number
 */
record ReportCursor(AuditField sortBy, String value, long seq) {

    String encode() {
        String plain = sortBy.name() + "\n" + seq + "\n" + value;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<ReportCursor> decode(String cursor, AuditField sortBy) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split("\n", 3);
            if (parts.length != 3 || !parts[0].equals(sortBy.name())) {
                return Optional.empty();
            }
            return Optional.of(new ReportCursor(sortBy, parts[2], Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
