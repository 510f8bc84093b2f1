package org.casenotes.supervision.api.disclosure;

/** What kind of thing the therapist disclosed (after Hill and Knox). */
public enum DisclosureType {
    /** Facts about the therapist: training, background, circumstances. */
    FACTS,
    /** Feelings the therapist has or had. */
    FEELINGS,
    /** Something the therapist learned from their own experience. */
    INSIGHT,
    /** A way of coping or acting the therapist has used. */
    STRATEGIES,
    /** Support or validation drawn from the therapist's own experience. */
    REASSURANCE,
    /** The therapist's reaction to the client or the relationship, here and now. */
    IMMEDIACY
}
