package org.casenotes.supervision.core.licensure;

import java.util.Arrays;

/**
 * The kinds of board rule a pack may state. A session rule decides which meetings count; a
 * period rule judges a week's or month's counted meetings. docs/licensure.md describes each.
 */
enum RuleKind {
    /** A meeting counts only when its present supervisees fit one of the pack's classes. */
    SESSION_SIZE("session-size", true),
    /** A meeting of the given classes counts only when it lasts at least so many minutes. */
    SESSION_MIN_MINUTES("session-min-minutes", true),
    /** A meeting of the given classes counts only in the given modalities. */
    SESSION_MODALITIES("session-modalities", true),
    /** Each meeting is credited in whole steps of so many minutes, rounded down. */
    SESSION_CREDIT_STEP("session-credit-step", true),
    /** At least so many units in the period. */
    MIN_UNITS("min-units", false),
    /** At least so many units in a period with more than so many direct client hours. */
    MIN_UNITS_ABOVE_DIRECT_HOURS("min-units-above-direct-hours", false),
    /** At most so many hours of supervision credited in the period. */
    MAX_CREDITED_HOURS("max-credited-hours", false),
    /** At least so many hours of supervision in the period. */
    MIN_HOURS("min-hours", false),
    /** The given classes hold at most a share of the period's supervision minutes. */
    MAX_CLASS_SHARE("max-class-share", false),
    /** The given modalities hold at most a share of the period's supervision minutes. */
    MAX_MODALITY_SHARE("max-modality-share", false),
    /** Every two consecutive weeks ending in the period hold at least so many hours. */
    MIN_HOURS_PER_FORTNIGHT("min-hours-per-fortnight", false),
    /** At least so many hours of supervision per so many direct client hours in the period. */
    MIN_HOURS_PER_DIRECT_HOURS("min-hours-per-direct-hours", false),
    /** A period ended no longer ago than so many years before the check. */
    RECENCY("recency", false);

    private final String id;
    private final boolean session;

    RuleKind(String id, boolean session) {
        this.id = id;
        this.session = session;
    }

    String id() {
        return id;
    }

    boolean judgesSessions() {
        return session;
    }

    static RuleKind byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rule kind"));
    }
}
