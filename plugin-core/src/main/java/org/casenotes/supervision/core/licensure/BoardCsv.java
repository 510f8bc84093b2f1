package org.casenotes.supervision.core.licensure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.casenotes.supervision.api.licensure.LicensureCheck;
import org.casenotes.supervision.api.licensure.PeriodCheck;
import org.casenotes.supervision.api.licensure.RuleOutcome;

/**
 * The board summary as CSV through Apache Commons CSV (RFC 4180, CRLF): a header row of the
 * pack's column names, then one row per week or month. A cell a spreadsheet would read as a
 * formula (starting with = + - @ tab or CR) gets a leading single quote, as OWASP's "CSV
 * Injection" page advises; the same rule as the hours log's CSV.
 */
final class BoardCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private BoardCsv() {
    }

    static String write(RulePack pack, LicensureCheck check, String superviseeName, String supervisorName) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of("Rule pack", "Supervisee", "Supervisor"));
            pack.columns().forEach(c -> header.add(c.header()));
            printer.printRecord(header.stream().map(BoardCsv::neutralised).toList());
            String packName = pack.id() + " v" + pack.summary().version();
            for (PeriodCheck period : check.periods()) {
                List<String> row = new ArrayList<>(List.of(packName, superviseeName, supervisorName));
                pack.columns().forEach(c -> row.add(cell(period, c.value())));
                printer.printRecord(row.stream().map(BoardCsv::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(PeriodCheck period, String value) {
        return switch (value) {
            case "first" -> period.first().toString();
            case "last" -> period.last().toString();
            case "month" -> period.first().toString().substring(0, 7);
            case "allMet" -> period.allMet() ? "yes"
                    : period.rules().stream().anyMatch(r -> r.outcome() == RuleOutcome.NOT_MET) ? "no" : "not known";
            default -> {
                BigDecimal figure = period.figures().get(value);
                yield figure == null ? "" : figure.toPlainString();
            }
        };
    }

    static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
