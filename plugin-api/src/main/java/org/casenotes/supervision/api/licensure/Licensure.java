package org.casenotes.supervision.api.licensure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.casenotes.supervision.api.Actor;

/**
 * Board rule packs and the check of a supervisee's supervision against them.
 *
 * <p>Only meetings that took place with the supervisee PRESENT count. The pack is the one the
 * host names for the supervisee ({@link LicensureRecords#rulePackOf}), else the policy's
 * default pack; without either, a check is refused with
 * {@link org.casenotes.supervision.api.error.PolicyException} code {@code licensure.no-rule-pack}.
 * The supervisee, their supervisors and admins may check; others get
 * {@link org.casenotes.supervision.api.error.ForbiddenException}. Every check is audited as a
 * read of the hours log. Implementations are thread-safe.
 */
public interface Licensure {

    /**
     * The rule packs available: the built-in ones and the host's.
     *
     * @return the packs, ordered by id
     */
    List<RulePackSummary> rulePacks();

    /**
     * A rule pack's document as stored, rules and citations included.
     *
     * @param packId the pack's id
     * @return the JSON document
     * @throws org.casenotes.supervision.api.error.NotFoundException when no pack has that id
     */
    String rulePackJson(String packId);

    /**
     * Checks a supervisee's supervision over the weeks or months that overlap the days given.
     *
     * @param actor the reader
     * @param superviseeId the supervisee
     * @param supervisorId count only this supervisor's meetings, or {@code null} for all
     * @param from the first day, inclusive
     * @param to the last day, inclusive; at most 400 days after {@code from}
     * @param zone the practice's time zone the days are taken in
     * @param locale the language of the labels and explanations (English or Spanish)
     * @return the check
     * @throws org.casenotes.supervision.api.error.ValidationException when the days are reversed
     *     or too far apart
     */
    LicensureCheck check(Actor actor, String superviseeId, String supervisorId, LocalDate from, LocalDate to,
            ZoneId zone, Locale locale);

    /**
     * The board summary as RFC 4180 CSV (UTF-8, CRLF, header row): one row per week or month in
     * the pack's fields and units, cells that a spreadsheet would read as a formula neutralised.
     *
     * @param actor the reader, as for {@link #check}
     * @param superviseeId the supervisee
     * @param supervisorId one supervisor's meetings, or {@code null} for all
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @param zone the practice's time zone
     * @return the CSV text
     */
    String boardCsv(Actor actor, String superviseeId, String supervisorId, LocalDate from, LocalDate to,
            ZoneId zone);
}
