package org.casenotes.supervision.core.meeting;

/**
 * Writes RFC 4180 CSV: fields holding a comma, a double quote, CR or LF are quoted and their
 * quotes doubled; every record ends with CRLF.
 */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    Csv row(String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
        return this;
    }

    String text() {
        return out.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
