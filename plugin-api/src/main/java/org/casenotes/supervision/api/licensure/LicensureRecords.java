package org.casenotes.supervision.api.licensure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the host knows about a supervisee's path to licensure: the board rule pack they gain
 * experience under and the direct client hours they delivered, which the plugin cannot see.
 *
 * <p>Every method has a default, so a host that knows none of this keeps working: the
 * organisation's policy then names the rule pack, and rules that need client hours are
 * reported as not known. Implementations must be thread-safe and must never answer for
 * another organisation than the one asked for.
 */
public interface LicensureRecords {

    /** A host that supplies nothing: the policy's default pack, client hours unknown. */
    LicensureRecords NONE = new LicensureRecords() {
    };

    /**
     * The rule pack a supervisee gains experience under, such as {@code us-ca-bbs-amft}.
     *
     * @param organisationId the organisation
     * @param superviseeId the supervisee
     * @return the pack's id, or empty to use the policy's default pack
     */
    default Optional<String> rulePackOf(String organisationId, String superviseeId) {
        return Optional.empty();
    }

    /**
     * The direct client hours (face-to-face counselling or psychotherapy, as the board counts
     * them) a supervisee delivered over some days; the plugin asks once per week of a pack, with
     * the week's first and last day.
     *
     * @param organisationId the organisation
     * @param superviseeId the supervisee
     * @param first the first day, inclusive, in the practice's time zone
     * @param last the last day, inclusive
     * @return the hours (not negative), or empty when the host does not know them
     */
    default Optional<BigDecimal> directClientHours(String organisationId, String superviseeId, LocalDate first,
            LocalDate last) {
        return Optional.empty();
    }

    /**
     * Rule packs the vendor adds to the plugin's built-in ones, as JSON documents in the rule
     * pack format (see {@code docs/licensure.md}). Each is checked against the rule pack schema
     * when the module is created; a pack that fails it is refused with the field path.
     *
     * @return the documents, possibly empty
     */
    default List<String> extraRulePacks() {
        return List.of();
    }
}
