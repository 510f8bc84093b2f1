package org.casenotes.supervision.api.meeting;

/**
 * The supervisor's notes on one agenda item.
 *
 * @param agendaItemId the agenda item
 * @param discussion what was discussed, or {@code null} to leave it as it is
 * @param feedback the feedback given, or {@code null} to leave it as it is
 */
public record ItemNotes(String agendaItemId, String discussion, String feedback) {
}
