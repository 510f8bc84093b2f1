package org.casenotes.supervision.core.licensure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.api.licensure.LicensureCheck;
import org.casenotes.supervision.api.licensure.PeriodCheck;
import org.casenotes.supervision.api.licensure.RuleOutcome;
import org.casenotes.supervision.core.csv.Csv;

/**
 * The board summary as CSV (RFC 4180, CRLF): a header row of the pack's column names, then one
 * row per week or month. Written through {@link Csv}, the hours log's writer, so a cell a
 * spreadsheet would read as a formula gets the same leading single quote.
 */
final class BoardCsv {

    private BoardCsv() {
    }

    static String write(RulePack pack, LicensureCheck check, String superviseeName, String supervisorName) {
        List<String> header = new ArrayList<>(List.of("Rule pack", "Supervisee", "Supervisor"));
        pack.columns().forEach(c -> header.add(c.header()));
        Csv csv = new Csv().row(header);
        String packName = pack.id() + " v" + pack.summary().version();
        for (PeriodCheck period : check.periods()) {
            List<String> row = new ArrayList<>(List.of(packName, superviseeName, supervisorName));
            pack.columns().forEach(c -> row.add(cell(period, c.value())));
            csv.row(row);
        }
        return csv.text();
    }

    static String cell(PeriodCheck period, String value) {
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
}
