package org.casenotes.supervision.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.CaseNotes;
import org.casenotes.supervision.api.meeting.ItemNotes;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingStatus;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.casenotes.supervision.core.testing.MatrixTable;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every meeting action × every kind of actor × every status, expected outcomes generated from
 * the two tables below: a meeting of another organisation is NOT_FOUND; an actor without the
 * right is FORBIDDEN whatever the status; a right in the wrong status is INVALID_STATE. An
 * allowed action writes exactly one audit event, a refused one none and changes nothing.
 */
class MeetingRightsMatrixTest {

    /** Who holds the right to an action (Y), before the status is looked at. */
    private static final String RIGHTS = """
            action               | supervisor | other-supervisor | attendee | non-attendee | admin
            read-case-notes      |     Y      |        -         |    -     |      -       |   -
            read-summary         |     Y      |        -         |    Y     |      -       |   Y
            read-hours           |     Y      |        -         |    Y     |      -       |   Y
            propose-agenda       |     Y      |        -         |    -     |      -       |   -
            add-topic            |     Y      |        -         |    -     |      -       |   -
            remove-item          |     Y      |        -         |    -     |      -       |   -
            reorder-agenda       |     Y      |        -         |    -     |      -       |   -
            record-attendance    |     Y      |        -         |    -     |      -       |   -
            mark-held            |     Y      |        -         |    -     |      -       |   -
            write-case-notes     |     Y      |        -         |    -     |      -       |   -
            add-action-item      |     Y      |        -         |    -     |      -       |   -
            complete-action-item |     Y      |        -         |    -     |      -       |   -
            sign                 |     Y      |        -         |    -     |      -       |   -
            add-addendum         |     Y      |        -         |    -     |      -       |   -
            """;

    /** In which statuses an action is allowed (Y) to an actor who holds the right. */
    private static final String STATUSES = """
            action               | PLANNED | HELD | SIGNED
            read-case-notes      |    Y    |  Y   |   Y
            read-summary         |    Y    |  Y   |   Y
            read-hours           |    Y    |  Y   |   Y
            propose-agenda       |    Y    |  -   |   -
            add-topic            |    Y    |  Y   |   -
            remove-item          |    Y    |  Y   |   -
            reorder-agenda       |    Y    |  Y   |   -
            record-attendance    |    Y    |  Y   |   -
            mark-held            |    Y    |  -   |   -
            write-case-notes     |    Y    |  Y   |   -
            add-action-item      |    Y    |  Y   |   -
            complete-action-item |    Y    |  Y   |   -
            sign                 |    -    |  Y   |   -
            add-addendum         |    -    |  -   |   Y
            """;

    private static final Map<String, Actor> ACTORS = new LinkedHashMap<>();
    static {
        ACTORS.put("supervisor", MeetingClinic.SUP);
        ACTORS.put("other-supervisor", MeetingClinic.SUP2);
        ACTORS.put("attendee", MeetingClinic.CLIN);
        ACTORS.put("non-attendee", MeetingClinic.CLIN3);
        ACTORS.put("admin", MeetingClinic.ADMIN);
        ACTORS.put("other-organisation", MeetingClinic.FOREIGN);
    }

    private enum Outcome { ALLOW, FORBIDDEN, INVALID_STATE, NOT_FOUND }

    private static MeetingClinic clinic;

    @BeforeAll
    static void openClinic() {
        clinic = new MeetingClinic(TestDatabases.h2());
    }

    @TestFactory
    Stream<DynamicTest> everyActionByEveryActorInEveryStatus() {
        Map<String, Map<String, Boolean>> rights = MatrixTable.read(RIGHTS);
        Map<String, Map<String, Boolean>> statuses = MatrixTable.read(STATUSES);
        assertThat(statuses.keySet()).containsExactlyElementsOf(rights.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        for (String action : rights.keySet()) {
            for (Map.Entry<String, Actor> actor : ACTORS.entrySet()) {
                for (MeetingStatus status : MeetingStatus.values()) {
                    Outcome expected = actor.getKey().equals("other-organisation") ? Outcome.NOT_FOUND
                            : !rights.get(action).get(actor.getKey()) ? Outcome.FORBIDDEN
                            : !statuses.get(action).get(status.name()) ? Outcome.INVALID_STATE
                            : Outcome.ALLOW;
                    tests.add(DynamicTest.dynamicTest(action + " by " + actor.getKey() + " on a " + status
                            + " meeting -> " + expected, () -> check(action, actor.getValue(), status, expected,
                            expected == Outcome.ALLOW || summaryInstead(action, actor.getKey(), rights))));
                }
            }
        }
        return tests.stream();
    }

    /** Asking for case notes without the right to them still reads (and audits) the summary. */
    private static boolean summaryInstead(String action, String actor, Map<String, Map<String, Boolean>> rights) {
        return action.equals("read-case-notes") && !actor.equals("other-organisation")
                && rights.get("read-summary").get(actor);
    }

    private static void check(String action, Actor actor, MeetingStatus status, Outcome expected, boolean audited) {
        Meeting before = meetingIn(status);
        int auditBefore = clinic.audit.size();

        Outcome actual = run(action, actor, before);

        assertThat(actual).as("outcome").isEqualTo(expected);
        assertThat(clinic.audit.size() - auditBefore).as("audit events").isEqualTo(audited ? 1 : 0);
        if (expected != Outcome.ALLOW) {
            assertThat(clinic.meetings.view(MeetingClinic.SUP, before.id())).as("nothing stored").isEqualTo(before);
        }
    }

    /** A group meeting of sup-1 with clin-1 and clin-2: a free topic, an action item for clin-1. */
    static Meeting meetingIn(MeetingStatus status) {
        Meetings meetings = clinic.meetings;
        Meeting m = clinic.plan(MeetingFormat.GROUP, Modality.VIDEO, "2026-11-20T10:00", 90, "clin-1", "clin-2");
        m = meetings.addFreeTopic(MeetingClinic.SUP, m.id(), m.version(), "Caseload");
        m = meetings.addActionItem(MeetingClinic.SUP, m.id(), m.version(),
                new NewActionItem("Read the ethics code section", "clin-1", LocalDate.of(2026, 12, 1)));
        if (status != MeetingStatus.PLANNED) {
            m = meetings.markHeld(MeetingClinic.SUP, m.id(), m.version());
        }
        if (status == MeetingStatus.SIGNED) {
            m = meetings.sign(MeetingClinic.SUP, m.id(), m.version());
        }
        return m;
    }

    private static Outcome run(String action, Actor actor, Meeting m) {
        Meetings meetings = clinic.meetings;
        String id = m.id();
        long v = m.version();
        String item = m.agenda().get(0).id();
        try {
            switch (action) {
                case "read-case-notes" -> {
                    return meetings.view(actor, id) instanceof Meeting ? Outcome.ALLOW : Outcome.FORBIDDEN;
                }
                case "read-summary" -> meetings.view(actor, id);
                case "read-hours" -> meetings.hours(actor, "clin-1", LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 11, 30), MeetingClinic.ZONE);
                case "propose-agenda" -> meetings.proposeAgenda(actor, id, v);
                case "add-topic" -> meetings.addFreeTopic(actor, id, v, "Documentation habits");
                case "remove-item" -> meetings.removeAgendaItem(actor, id, v, item);
                case "reorder-agenda" -> meetings.reorderAgenda(actor, id, v, List.of(item));
                case "record-attendance" -> meetings.recordAttendance(actor, id, v, Map.of("clin-2", Attendance.ABSENT));
                case "mark-held" -> meetings.markHeld(actor, id, v);
                case "write-case-notes" -> meetings.writeCaseNotes(actor, id, v,
                        new CaseNotes(List.of(new ItemNotes(item, "Talked it through.", "Keep going.")), null));
                case "add-action-item" -> meetings.addActionItem(actor, id, v, new NewActionItem("Bring a case", "clin-2", null));
                case "complete-action-item" -> meetings.completeActionItem(actor, id, v, m.actionItems().get(0).id());
                case "sign" -> meetings.sign(actor, id, v);
                case "add-addendum" -> meetings.addAddendum(actor, id, "Late entry.");
                default -> throw new IllegalArgumentException("no such action in the table: " + action);
            }
            return Outcome.ALLOW;
        } catch (ForbiddenException e) {
            return Outcome.FORBIDDEN;
        } catch (InvalidStateException e) {
            return Outcome.INVALID_STATE;
        } catch (NotFoundException e) {
            return Outcome.NOT_FOUND;
        } catch (ConflictException e) {
            throw new AssertionError("no concurrent change in this test, yet: " + e.getMessage(), e);
        }
    }
}
