package org.casenotes.supervision.api.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.Actor;

/**
 * Supervision meetings: plan, agenda, attendance, case notes, action items, signing, addenda,
 * and the hours log.
 *
 * <p>Only the meeting's supervisor changes a meeting. Every change is checked in this order:
 * the actor's right ({@link org.casenotes.supervision.api.error.ForbiddenException}), the
 * meeting's status ({@link org.casenotes.supervision.api.error.InvalidStateException}; a SIGNED
 * meeting refuses every change), then the expected version
 * ({@link org.casenotes.supervision.api.error.ConflictException} when stale); a change returns
 * the meeting with its new version. A meeting of another organisation is
 * {@link org.casenotes.supervision.api.error.NotFoundException}; bad input is a
 * {@link org.casenotes.supervision.api.error.ValidationException} listing every problem.
 * Nothing is stored partially. Every create, read, change, sign and export is audited.
 *
 * <p>Implementations are thread-safe.
 */
public interface Meetings {

    /**
     * Plans a meeting led by the actor, who must currently supervise every supervisee.
     *
     * @param actor a supervisor
     * @param plan who, when, how long, format and modality
     * @return the PLANNED meeting, every supervisee PRESENT, empty agenda, version 1
     */
    Meeting plan(Actor actor, MeetingPlan plan);

    /**
     * Proposes the agenda of a PLANNED meeting, replacing earlier proposed items and keeping
     * free topics: for each supervisee, the notes flagged for review, asked to be discussed or
     * overdue for co-sign since the supervisee's last meeting (or the last 28 days when none),
     * and every open action item from earlier meetings.
     *
     * @param actor the meeting's supervisor
     * @param meetingId the meeting
     * @param expectedVersion the version the actor last saw
     * @return the meeting with its new agenda
     */
    Meeting proposeAgenda(Actor actor, String meetingId, long expectedVersion);

    /**
     * Adds a free topic at the end of the agenda.
     *
     * @param actor the meeting's supervisor
     * @param meetingId the meeting
     * @param expectedVersion the version the actor last saw
     * @param topic the topic; not blank, at most 500 characters
     * @return the changed meeting
     */
    Meeting addFreeTopic(Actor actor, String meetingId, long expectedVersion, String topic);

    /**
     * Removes an agenda item; the others close ranks.
     *
     * @param actor the meeting's supervisor
     * @param meetingId the meeting
     * @param expectedVersion the version the actor last saw
     * @param agendaItemId the item to remove
     * @return the changed meeting
     */
    Meeting removeAgendaItem(Actor actor, String meetingId, long expectedVersion, String agendaItemId);

    /**
     * Puts the agenda in a new order.
     *
     * @param actor the meeting's supervisor
     * @param meetingId the meeting
     * @param expectedVersion the version the actor last saw
     * @param agendaItemIds every agenda item's id exactly once, in the new order
     * @return the changed meeting
     */
    Meeting reorderAgenda(Actor actor, String meetingId, long expectedVersion, List<String> agendaItemIds);

    /**
     * Records who took part.
     *
     * @param actor the meeting's supervisor
     * @param meetingId the meeting
     * @param expectedVersion the version the actor last saw
     * @param attendance attendance by supervisee id; supervisees not listed keep theirs
     * @return the changed meeting
     */
    Meeting recordAttendance(Actor actor, String meetingId, long expectedVersion,
            Map<String, Attendance> attendance);

    /**
     * Records that a PLANNED meeting took place; it then counts towards the hours log.
     *
     * @param actor the meeting's supervisor
     * @param meetingId the meeting
     * @param expectedVersion the version the actor last saw
     * @return the HELD meeting
     */
    Meeting markHeld(Actor actor, String meetingId, long expectedVersion);

    /**
     * Writes the supervisor's discussion notes and feedback per agenda item and overall.
     *
     * @param actor the meeting's supervisor
     * @param meetingId the meeting
     * @param expectedVersion the version the actor last saw
     * @param notes the notes; each text at most 20,000 characters
     * @return the changed meeting
     */
    Meeting writeCaseNotes(Actor actor, String meetingId, long expectedVersion, CaseNotes notes);

    /**
     * Records an action item agreed in the meeting.
     *
     * @param actor the meeting's supervisor
     * @param meetingId the meeting
     * @param expectedVersion the version the actor last saw
     * @param item the action item
     * @return the changed meeting
     */
    Meeting addActionItem(Actor actor, String meetingId, long expectedVersion, NewActionItem item);

    /**
     * Records an open action item done in this meeting: one raised here or carried over from
     * an earlier meeting with the same supervisees.
     *
     * @param actor the meeting's supervisor
     * @param meetingId the meeting that closes the item
     * @param expectedVersion the version the actor last saw
     * @param actionItemId the item
     * @return the changed meeting
     */
    Meeting completeActionItem(Actor actor, String meetingId, long expectedVersion, String actionItemId);

    /**
     * Marks one of the actor's own action items done, outside any meeting; it is then no
     * longer carried into later agendas. The meeting it was raised in is not changed.
     *
     * @param actor the item's owner
     * @param actionItemId the item
     * @return the item, done
     * @throws org.casenotes.supervision.api.error.NotFoundException when no such item exists
     *     in the actor's organisation
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor does not
     *     own the item (code {@code meeting.not-owner})
     * @throws org.casenotes.supervision.api.error.InvalidStateException when the item is
     *     already done (code {@code meeting.action-item-done})
     */
    ActionItem markOwnActionItemDone(Actor actor, String actionItemId);

    /**
     * Signs a HELD meeting; from then on it never changes.
     *
     * @param actor the meeting's supervisor
     * @param meetingId the meeting
     * @param expectedVersion the version the actor last saw
     * @return the SIGNED meeting
     */
    Meeting sign(Actor actor, String meetingId, long expectedVersion);

    /**
     * Adds a dated addendum beside a SIGNED meeting, which itself stays as signed.
     *
     * @param actor the meeting's supervisor
     * @param meetingId the meeting
     * @param text the addendum; not blank, at most 20,000 characters
     * @return the meeting with the addendum
     */
    Meeting addAddendum(Actor actor, String meetingId, String text);

    /**
     * Shows a meeting as the actor may see it: the whole meeting for its supervisor; for a
     * supervisee of the meeting, its date, format, length and their own attendance and action
     * items; for an admin, the same without action items.
     *
     * @param actor the viewer
     * @param meetingId the meeting
     * @return a {@link Meeting} or a {@link MeetingSummary}
     */
    MeetingView view(Actor actor, String meetingId);

    /**
     * Lists the meetings starting within a period that the actor may see (the ones they lead,
     * the ones they attend, all for an admin), as summaries, oldest first.
     *
     * @param actor the viewer
     * @param from the first day, inclusive, in the host clock's time zone
     * @param to the last day, inclusive
     * @return the summaries, filtered as in {@link #view}
     */
    List<MeetingSummary> list(Actor actor, LocalDate from, LocalDate to);

    /**
     * A supervisee's hours log: the supervisee themself, their supervisors and admins may
     * read it.
     *
     * @param actor the reader
     * @param superviseeId the supervisee
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @param zone the practice's time zone the days are taken in
     * @return the log
     */
    HoursLog hours(Actor actor, String superviseeId, LocalDate from, LocalDate to, ZoneId zone);

    /**
     * The hours log as RFC 4180 CSV (UTF-8 text, CRLF line ends, header row): one row per
     * meeting, then one per total, then the grand total.
     *
     * @param actor the reader, as for {@link #hours}
     * @param superviseeId the supervisee
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @param zone the practice's time zone
     * @return the CSV text
     */
    String hoursCsv(Actor actor, String superviseeId, LocalDate from, LocalDate to, ZoneId zone);
}
