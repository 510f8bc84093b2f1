/**
 * Supervision meetings: the supervisor's case notes, the agenda, action items carried from
 * meeting to meeting, addenda after signing, and the licensure hours log.
 */
package org.casenotes.supervision.api.meeting;
