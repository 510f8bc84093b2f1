package org.casenotes.supervision.core.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes RFC 4180 CSV through Apache Commons CSV, with every cell neutralised against formula
 * injection as OWASP's "CSV Injection" page advises: a cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a single quote,
 * so a spreadsheet shows it as text and never evaluates it. Not thread-safe.
 */
final class Csv {

    /** The first characters a spreadsheet may read as the start of a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;

    Csv() {
        try {
            printer = new CSVPrinter(out, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Csv row(String... fields) {
        try {
            for (String field : fields) {
                printer.print(neutralised(field));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String text() {
        return out.toString();
    }

    /**
     * A cell's text as written: {@code null} as empty, a formula start prefixed with {@code '}.
     *
     * @param value the cell's value
     * @return the text to write
     */
    static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
