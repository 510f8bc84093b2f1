package org.casenotes.supervision.core.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.casenotes.supervision.api.meeting.AgendaReason;

/**
 * A progress note that the review workflow suggests discussing in supervision.
 *
 * @param noteId the note
 * @param clientId the note's client
 * @param sessionDate the note's session date
 * @param reason why it should be discussed
 * @param flagRuleIds the rule ids of its flags (for FLAGGED_FOR_REVIEW); may be empty
 */
public record AgendaCandidate(String noteId, String clientId, LocalDate sessionDate,
        AgendaReason reason, List<String> flagRuleIds) {

    /** Checks the required fields and copies the rule ids. */
    public AgendaCandidate {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(reason, "reason");
        flagRuleIds = flagRuleIds == null ? List.of() : List.copyOf(flagRuleIds);
    }
}
