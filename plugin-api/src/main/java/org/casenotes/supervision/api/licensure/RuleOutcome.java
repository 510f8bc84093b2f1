package org.casenotes.supervision.api.licensure;

/** Whether a board rule is met in a period. */
public enum RuleOutcome {
    /** The period meets the rule. */
    MET,
    /** The period does not meet the rule; the figures say by how much. */
    NOT_MET,
    /** The rule cannot be decided: the host did not supply client hours, or the span is not over yet. */
    UNKNOWN
}
