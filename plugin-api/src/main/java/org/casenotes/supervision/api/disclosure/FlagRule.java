package org.casenotes.supervision.api.disclosure;

import java.util.Optional;

/** The rules that raise {@link Flag}s on a self-disclosure section, each with a stable id. */
public enum FlagRule {
    /** The clinician was unsure whose needs it served (warning) or it met their own (review). */
    MOTIVE("motive"),
    /** A risk of the screen was answered YES. */
    RISK("risk"),
    /** A risk of the screen was answered POSSIBLE. */
    RISK_POSSIBLE("risk-possible"),
    /** The session's focus did not return to the client. */
    FOCUS_NOT_RETURNED("focus-not-returned"),
    /** The client's response was rated UNHELPFUL (warning) or UNCLEAR (info). */
    CLIENT_RESPONSE("client-response"),
    /** The disclosure was ACCIDENTAL (warning) or CLIENT_INITIATED (info). */
    MODE("mode"),
    /** The clinician asked to discuss an entry in supervision. */
    DISCUSS("discuss"),
    /** Disclosures with the same client in N or more of the client's last M sessions. */
    PATTERN("pattern"),
    /** A summary or the number of entries reached the policy's volume threshold. */
    VOLUME("volume");

    private final String id;

    FlagRule(String id) {
        this.id = id;
    }

    /**
     * The stable id used in {@link Flag#ruleId()} and in the policy document.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Finds a rule by its id.
     *
     * @param id a rule id
     * @return the rule, or empty when no rule has that id
     */
    public static Optional<FlagRule> byId(String id) {
        for (FlagRule rule : values()) {
            if (rule.id.equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
