package org.casenotes.supervision.core.packet;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a board statement shows: a supervisor's signed summary of one supervisee's supervision in
 * the board's fields and units (our own layout, never a copy of an official form). Every text is
 * in its final words; the PDF layer only draws. Used for the periodic statement and for the
 * close-out when an assignment ends.
 *
 * @param title the document's title
 * @param notice the confidentiality notice in every page's header
 * @param locale the language of the page chrome (page numbers)
 * @param generatedAt when it was made (the file's dates)
 * @param facts label and value pairs under the title (board, licence, supervisee, supervisor, period)
 * @param tableTitle the heading of the summary table
 * @param columns the table's column headers, the board's field names
 * @param rows one row per week or month, as many cells as columns
 * @param totalsTitle the heading of the totals, or {@code null} without totals
 * @param totals label and value pairs of the totals over the whole period (may be empty)
 * @param notes paragraphs under the table: rules not met, with their explanations and sources
 * @param signature the signature statement
 */
public record BoardStatementContent(String title, String notice, Locale locale, Instant generatedAt,
        List<Pair> facts, String tableTitle, List<String> columns, List<List<String>> rows, String totalsTitle,
        List<Pair> totals, List<String> notes, Signature signature) {

    /** Checks that nothing required is null, every row fits the columns, and copies the lists. */
    public BoardStatementContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(tableTitle, "tableTitle");
        Objects.requireNonNull(signature, "signature");
        facts = List.copyOf(facts);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        totals = List.copyOf(totals);
        notes = List.copyOf(notes);
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size()
                        + " columns");
            }
        }
    }

    /**
     * A label and its value.
     *
     * @param label the words
     * @param value the value as shown
     */
    public record Pair(String label, String value) {
        /** Checks that neither is null. */
        public Pair {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The supervisor's signature statement.
     *
     * @param heading the block's heading ("Supervisor's statement")
     * @param attestation what the supervisor attests, in the document's language
     * @param signatureLine the fixed "Electronically signed by …" line (English, the stored legal wording)
     * @param details label and value pairs: name, credentials, licence, date
     */
    public record Signature(String heading, String attestation, String signatureLine, List<Pair> details) {
        /** Checks that nothing is null and copies the details. */
        public Signature {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(attestation, "attestation");
            Objects.requireNonNull(signatureLine, "signatureLine");
            details = List.copyOf(details);
        }
    }
}
