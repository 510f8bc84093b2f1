package org.casenotes.supervision.api.licensure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A board rule pack as listed: which board and licence, which version, when it applies.
 *
 * @param id the pack's id, such as {@code us-tx-lpc-associate}
 * @param version the pack's version; a changed rule makes a new version
 * @param board the board's name
 * @param jurisdiction the state, as an ISO 3166-2 code such as {@code US-CA}
 * @param licence the licence or registration type, such as "LPC Associate"
 * @param period the span the board counts supervision over
 * @param effectiveFrom the first day the rules apply
 * @param effectiveTo the last day they apply, or {@code null} while in force
 */
public record RulePackSummary(String id, int version, String board, String jurisdiction, String licence,
        CheckPeriod period, LocalDate effectiveFrom, LocalDate effectiveTo) {

    /** Checks that the required fields are present. */
    public RulePackSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
