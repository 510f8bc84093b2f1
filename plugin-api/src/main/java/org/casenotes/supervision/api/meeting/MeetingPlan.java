package org.casenotes.supervision.api.meeting;

import java.time.Instant;
import java.util.List;

/**
 * What a supervisor plans: who meets, when, for how long, in which format and modality. The
 * planning supervisor leads the meeting. Checked by {@link Meetings#plan}, which reports every
 * problem at once.
 *
 * @param superviseeIds the supervisees: one for INDIVIDUAL, two for TRIADIC, two or more for
 *     GROUP
 * @param startsAt when it starts
 * @param durationMinutes how long it lasts, 1 to 480
 * @param format individual, group or triadic
 * @param modality in person, video or phone
 */
public record MeetingPlan(List<String> superviseeIds, Instant startsAt, int durationMinutes,
        MeetingFormat format, Modality modality) {

    /** Copies the supervisee ids; a null list becomes empty so validation can report it. */
    public MeetingPlan {
        superviseeIds = superviseeIds == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(superviseeIds));
    }
}
