package org.casenotes.supervision.api.meeting;

/** How many supervisees meet the supervisor at once, in the categories licensure boards use. */
public enum MeetingFormat {
    /** One supervisor, one supervisee. */
    INDIVIDUAL,
    /** One supervisor, two or more supervisees. */
    GROUP,
    /** One supervisor, exactly two supervisees. */
    TRIADIC
}
