package org.casenotes.supervision.core.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rights tables the matrix tests are written in: cells separated by {@code |}, the first
 * line names the columns, the first column names the row, each other cell is {@code Y} (yes)
 * or {@code -} (no). Read with commons-csv; a row with another number of cells than the header,
 * a repeated row, or any other cell text is refused with the row at fault, so a typo cannot
 * quietly turn a right off.
 */
public final class MatrixTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter('|').setTrim(true)
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    private MatrixTable() {
    }

    /**
     * Reads a table.
     *
     * @param text the table
     * @return row name to column name to yes/no, rows and columns in the table's order
     * @throws IllegalArgumentException when a row does not fit the header or a cell is not
     *     {@code Y} or {@code -}
     */
    public static Map<String, Map<String, Boolean>> read(String text) {
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            records = parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = records.get(0).toList();
        Map<String, Map<String, Boolean>> rows = new LinkedHashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            List<String> cells = record.toList();
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException("row '" + cells.get(0) + "' has " + cells.size()
                        + " cells, the header " + header.size());
            }
            Map<String, Boolean> row = new LinkedHashMap<>();
            for (int i = 1; i < header.size(); i++) {
                String cell = cells.get(i);
                if (!cell.equals("Y") && !cell.equals("-")) {
                    throw new IllegalArgumentException("row '" + cells.get(0) + "', column '" + header.get(i)
                            + "': '" + cell + "' is neither Y nor -");
                }
                row.put(header.get(i), cell.equals("Y"));
            }
            if (rows.put(cells.get(0), Collections.unmodifiableMap(row)) != null) {
                throw new IllegalArgumentException("row '" + cells.get(0) + "' appears twice");
            }
        }
        return Collections.unmodifiableMap(rows);
    }
}
