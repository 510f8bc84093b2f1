package org.casenotes.supervision.api.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One item of a meeting's agenda, with the supervisor's discussion notes and feedback on it.
 *
 * <p>Which fields are set depends on the kind: a NOTE item has the note, client, session date,
 * reason and (for flagged notes) the flag rule ids; an ACTION_ITEM item has the carried-over
 * action item's id; a FREE_TOPIC item has its topic.
 *
 * @param id the item's id, unique within the meeting
 * @param order the item's place on the agenda, from 1
 * @param kind what the item is about
 * @param superviseeId the supervisee the item concerns, or {@code null} for the whole meeting
 * @param noteId the note (NOTE items), otherwise {@code null}
 * @param clientId the note's client id (NOTE items), otherwise {@code null}
 * @param sessionDate the note's session date (NOTE items), otherwise {@code null}
 * @param reason why the note is on the agenda (NOTE items), otherwise {@code null}
 * @param flagRuleIds the rule ids of the note's flags; empty when none
 * @param actionItemId the carried-over action item (ACTION_ITEM items), otherwise {@code null}
 * @param topic the topic (FREE_TOPIC items), otherwise {@code null}
 * @param discussion the supervisor's discussion notes, or {@code null} when none yet
 * @param feedback the supervisor's feedback, or {@code null} when none yet
 * @param reasons every reason the note is on the agenda (NOTE items; a note is listed once
 *     with all its reasons, {@code reason} being the first), otherwise empty
 */
public record AgendaItem(String id, int order, AgendaItemKind kind, String superviseeId,
        String noteId, String clientId, LocalDate sessionDate, AgendaReason reason,
        List<String> flagRuleIds, String actionItemId, String topic, String discussion,
        String feedback, List<AgendaReason> reasons) {

    /**
     * Checks that the fields the kind needs are present and copies the rule ids.
     *
     * @throws IllegalArgumentException when a field the kind needs is missing
     */
    public AgendaItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        flagRuleIds = flagRuleIds == null ? List.of() : List.copyOf(flagRuleIds);
        reasons = reasons == null || reasons.isEmpty() ? (reason == null ? List.of() : List.of(reason))
                : List.copyOf(reasons);
        boolean complete = switch (kind) {
            case NOTE -> noteId != null && reason != null;
            case ACTION_ITEM -> actionItemId != null;
            case FREE_TOPIC -> topic != null;
        };
        if (!complete) {
            throw new IllegalArgumentException("agenda item of kind " + kind + " lacks its subject");
        }
    }

    /**
     * An item with a single reason.
     *
     * @param id the item's id
     * @param order the place on the agenda
     * @param kind the kind
     * @param superviseeId the supervisee, or {@code null}
     * @param noteId the note, or {@code null}
     * @param clientId the client, or {@code null}
     * @param sessionDate the session date, or {@code null}
     * @param reason the reason, or {@code null}
     * @param flagRuleIds the flag rule ids
     * @param actionItemId the action item, or {@code null}
     * @param topic the topic, or {@code null}
     * @param discussion the discussion notes, or {@code null}
     * @param feedback the feedback, or {@code null}
     */
    public AgendaItem(String id, int order, AgendaItemKind kind, String superviseeId, String noteId, String clientId,
            LocalDate sessionDate, AgendaReason reason, List<String> flagRuleIds, String actionItemId, String topic,
            String discussion, String feedback) {
        this(id, order, kind, superviseeId, noteId, clientId, sessionDate, reason, flagRuleIds, actionItemId, topic,
                discussion, feedback, null);
    }
}
