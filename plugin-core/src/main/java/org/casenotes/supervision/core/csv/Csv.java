package org.casenotes.supervision.core.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes RFC 4180 CSV (CRLF line ends) through Apache Commons CSV, with every cell neutralised
 * against formula injection as OWASP's "CSV Injection" page advises: a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a
 * single quote, so a spreadsheet shows it as text and never evaluates it. The one CSV writer of
 * the plugin: the hours log and the board summary both write through it (ArchUnit keeps Commons
 * CSV in this package). Not thread-safe: one instance per export.
 */
public final class Csv {

    /** The first characters a spreadsheet may read as the start of a formula. */
    public static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;

    /** Starts an empty document. */
    public Csv() {
        try {
            printer = new CSVPrinter(out, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds one record.
     *
     * @param fields the cells, {@code null} written as empty
     * @return this document
     */
    public Csv row(String... fields) {
        return row(Arrays.asList(fields));
    }

    /**
     * Adds one record.
     *
     * @param fields the cells, {@code null} written as empty
     * @return this document
     */
    public Csv row(List<String> fields) {
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

    /**
     * The document so far.
     *
     * @return the CSV text, each record ending with CRLF
     */
    public String text() {
        return out.toString();
    }

    /**
     * A cell's text as written: {@code null} as empty, a formula start prefixed with {@code '}.
     *
     * @param value the cell's value
     * @return the text to write
     */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
