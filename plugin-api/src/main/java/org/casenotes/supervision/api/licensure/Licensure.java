package org.casenotes.supervision.api.licensure;

import java.nio.file.Path;
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

    /**
     * Writes the board statement a supervisor signs: their supervision of one supervisee over the
     * weeks or months overlapping the days given, in the board's fields and units (only this
     * supervisor's meetings count), with the rules not met explained, and their signature
     * statement: name, credentials and licence from the directory, the day (in {@code zone}),
     * the attestation, and the fixed "Electronically signed by …" line. A PDF/A-3b file with the
     * rows embedded as {@code board-summary.csv}; audited as an export.
     *
     * <p>A default method so modules built against an earlier API still load; it throws
     * {@link UnsupportedOperationException}.
     *
     * @param supervisor the signing supervisor, who must be assigned to the supervisee now or
     *     over part of the days
     * @param superviseeId the supervisee
     * @param from the first day, inclusive
     * @param to the last day, inclusive; at most 400 days after {@code from}
     * @param zone the practice's time zone
     * @param locale the language of the statement (English or Spanish); the board's field names
     *     and the signature line keep their own wording
     * @param destination the file to write, replaced; its folder must exist
     * @return what was written
     * @throws org.casenotes.supervision.api.error.ForbiddenException code
     *     {@code licensure.not-supervisor} when the actor is not a supervisor, {@code
     *     licensure.not-assigned} when they were not assigned to the supervisee during the days
     * @throws org.casenotes.supervision.api.error.NotFoundException code
     *     {@code licensure.supervisee-not-found} when the supervisee is unknown in the actor's
     *     organisation
     * @throws org.casenotes.supervision.api.error.ValidationException when the days are reversed
     *     or too far apart, or the destination's folder does not exist
     * @throws org.casenotes.supervision.api.error.PolicyException when no rule pack applies
     */
    default BoardStatement boardStatement(Actor supervisor, String superviseeId, LocalDate from, LocalDate to,
            ZoneId zone, Locale locale, Path destination) {
        throw new UnsupportedOperationException("board statements need plugin version 0.2 or later");
    }

    /**
     * Writes the close-out a supervisor signs when their assignment to a supervisee ends: the
     * board statement over the whole assignment (its first day to its last), with totals for
     * the assignment period. The assignment is the actor's latest ended assignment to the
     * supervisee (its last day is today or earlier).
     *
     * <p>A default method so modules built against an earlier API still load; it throws
     * {@link UnsupportedOperationException}.
     *
     * @param supervisor the signing supervisor
     * @param superviseeId the supervisee
     * @param zone the practice's time zone
     * @param locale the language of the statement
     * @param destination the file to write, replaced; its folder must exist
     * @return what was written
     * @throws org.casenotes.supervision.api.error.InvalidStateException code
     *     {@code licensure.assignment-not-ended} when the actor's assignment to the supervisee
     *     has not ended yet
     * @throws org.casenotes.supervision.api.error.ForbiddenException code
     *     {@code licensure.not-supervisor} when the actor is not a supervisor, {@code
     *     licensure.never-assigned} when they were never assigned to the supervisee
     * @throws org.casenotes.supervision.api.error.NotFoundException code
     *     {@code licensure.supervisee-not-found} when the supervisee is unknown in the actor's
     *     organisation
     */
    default BoardStatement closeOut(Actor supervisor, String superviseeId, ZoneId zone, Locale locale,
            Path destination) {
        throw new UnsupportedOperationException("close-outs need plugin version 0.2 or later");
    }
}
