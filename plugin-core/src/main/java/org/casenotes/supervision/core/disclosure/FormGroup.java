package org.casenotes.supervision.core.disclosure;

/** The groups the form shows an entry's fields in, in display order. */
enum FormGroup {
    WHAT,
    HOW,
    WHY,
    RISKS,
    AFTER,
    CONTEXT
}
