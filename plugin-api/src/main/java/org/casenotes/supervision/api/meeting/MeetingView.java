package org.casenotes.supervision.api.meeting;

import java.time.Instant;

/**
 * What an actor may see of a meeting: the whole {@link Meeting} for its supervisor, a
 * {@link MeetingSummary} without case notes for supervisees and admins.
 */
public sealed interface MeetingView permits Meeting, MeetingSummary {

    /**
     * The meeting's id.
     *
     * @return the id
     */
    String id();

    /**
     * Who leads the meeting.
     *
     * @return the supervisor's user id
     */
    String supervisorId();

    /**
     * When the meeting starts.
     *
     * @return the start instant
     */
    Instant startsAt();

    /**
     * How long the meeting lasts.
     *
     * @return the duration in minutes
     */
    int durationMinutes();

    /**
     * The meeting's format.
     *
     * @return individual, group or triadic
     */
    MeetingFormat format();

    /**
     * How the meeting takes place.
     *
     * @return the modality
     */
    Modality modality();

    /**
     * Where the meeting is in its life.
     *
     * @return the status
     */
    MeetingStatus status();

    /**
     * The version for optimistic concurrency; every change increments it.
     *
     * @return the version
     */
    long version();
}
