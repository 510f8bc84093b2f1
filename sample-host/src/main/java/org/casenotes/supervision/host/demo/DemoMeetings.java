package org.casenotes.supervision.host.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.meeting.ActionItem;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.CaseNotes;
import org.casenotes.supervision.api.meeting.ItemNotes;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.casenotes.supervision.api.error.SupervisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds two held supervision meetings of supervisor-1 through the plugin's own API: an
 * individual one with clinician-1 two weeks ago (60 minutes in person) and a group one with
 * clinician-1 and clinician-2 a week ago (90 minutes by video, clinician-2 absent), with
 * agenda, case notes and action items, one done and one still open. So clinician-1 has 1.00
 * individual and 1.50 group hours, clinician-2 none. Skipped when org-1 has any meeting.
 */
public final class DemoMeetings {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMeetings.class);
    private static final Actor SUPERVISOR = Actor.of("supervisor-1", DemoPeople.ORG, Role.SUPERVISOR);
    private static final Actor ADMIN = Actor.of("admin-1", DemoPeople.ORG, Role.ADMIN);

    private DemoMeetings() {
    }

    /**
     * Seeds the demo meetings unless org-1 has meetings already.
     *
     * @param module the supervision module, over a database seeded with {@link DemoData}
     * @param today the day the demo is relative to
     * @param zone the practice's time zone (the host clock's)
     * @return how many meetings were created: 3 (two past, one upcoming), or 0 when some existed
     */
    public static int seed(SupervisionModule module, LocalDate today, ZoneId zone) {
        Meetings meetings = module.meetings();
        if (!meetings.list(ADMIN, today.minusYears(5), today.plusYears(5)).isEmpty()) {
            return 0;
        }
        Meeting individual = meetings.plan(SUPERVISOR, new MeetingPlan(List.of("clinician-1"),
                today.minusDays(14).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant(), 60,
                MeetingFormat.INDIVIDUAL, Modality.IN_PERSON));
        individual = meetings.proposeAgenda(SUPERVISOR, individual.id(), individual.version());
        individual = meetings.addFreeTopic(SUPERVISOR, individual.id(), individual.version(),
                "Deliberate self-disclosure: timing and rationale");
        individual = meetings.markHeld(SUPERVISOR, individual.id(), individual.version());
        individual = meetings.writeCaseNotes(SUPERVISOR, individual.id(), individual.version(), new CaseNotes(
                List.of(new ItemNotes(last(individual), "Reviewed when a brief disclosure served the client's goals.",
                        "Name the intent to yourself before disclosing; return the focus promptly.")),
                "Thoughtful use of supervision; clear growth in reflecting on motives."));
        individual = meetings.addActionItem(SUPERVISOR, individual.id(), individual.version(), new NewActionItem(
                "Write a one-line rationale in the note before any deliberate disclosure", "clinician-1",
                today.minusDays(7)));
        individual = meetings.addActionItem(SUPERVISOR, individual.id(), individual.version(), new NewActionItem(
                "Read Knox & Hill (2003) on therapist self-disclosure", "clinician-1", today.plusDays(7)));
        ActionItem rationale = individual.actionItems().get(0);

        Meeting group = meetings.plan(SUPERVISOR, new MeetingPlan(List.of("clinician-1", "clinician-2"),
                today.minusDays(7).atTime(LocalTime.of(14, 0)).atZone(zone).toInstant(), 90,
                MeetingFormat.GROUP, Modality.VIDEO));
        group = meetings.proposeAgenda(SUPERVISOR, group.id(), group.version());
        group = meetings.addFreeTopic(SUPERVISOR, group.id(), group.version(), "Boundaries in long-term work");
        group = meetings.recordAttendance(SUPERVISOR, group.id(), group.version(),
                Map.of("clinician-2", Attendance.ABSENT));
        group = meetings.markHeld(SUPERVISOR, group.id(), group.version());
        group = meetings.completeActionItem(SUPERVISOR, group.id(), group.version(), rationale.id());
        meetings.writeCaseNotes(SUPERVISOR, group.id(), group.version(), new CaseNotes(
                List.of(new ItemNotes(last(group), "Shared examples of holding the frame over many sessions.",
                        "Bring one example to the next group.")),
                "Rationales are now written consistently."));
        meetings.plan(SUPERVISOR, new MeetingPlan(List.of("clinician-1", "clinician-2"),
                today.plusDays(7).atTime(LocalTime.of(14, 0)).atZone(zone).toInstant(), 90,
                MeetingFormat.GROUP, Modality.VIDEO));
        return 3;
    }

    /**
     * Seeds the demo meetings as {@link #seed} does, but only logs a warning when the plugin
     * refuses, so a server still starts.
     *
     * @param module the supervision module
     * @param today the day the demo is relative to
     * @param zone the practice's time zone
     * @return how many meetings were created
     */
    public static int seedOrWarn(SupervisionModule module, LocalDate today, ZoneId zone) {
        try {
            return seed(module, today, zone);
        } catch (SupervisionException e) {
            LOG.warn("demo meetings not seeded: {} {}", e.code(), e.getMessage());
            return 0;
        }
    }

    private static String last(Meeting meeting) {
        return meeting.agenda().get(meeting.agenda().size() - 1).id();
    }
}
