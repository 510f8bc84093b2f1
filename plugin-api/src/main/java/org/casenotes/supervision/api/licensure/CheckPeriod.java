package org.casenotes.supervision.api.licensure;

/** The span a board counts supervision over, and a board summary has one row for. */
public enum CheckPeriod {
    /** Seven days from the pack's first day of the week. */
    WEEK,
    /** A calendar month. */
    MONTH
}
