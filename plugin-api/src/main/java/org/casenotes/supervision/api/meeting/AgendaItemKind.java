package org.casenotes.supervision.api.meeting;

/** What an agenda item is about. */
public enum AgendaItemKind {
    /** A progress note, with the reason it was proposed. */
    NOTE,
    /** An open action item carried over from an earlier meeting. */
    ACTION_ITEM,
    /** A topic the supervisor added. */
    FREE_TOPIC
}
