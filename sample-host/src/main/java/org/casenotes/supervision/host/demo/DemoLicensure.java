package org.casenotes.supervision.host.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.api.meeting.Modality;

/**
 * One supervisee per board (California AMFT, Texas LPC Associate, Florida registered intern,
 * New York LMHC), supervised by supervisor-3 through February 2026: a month of four whole
 * Sunday-to-Saturday weeks, so every board's summary can be checked by hand (docs/licensure.md
 * walks through it). California's fourth week lacks a second unit and New York's month has a
 * 70-minute meeting (credited in full) and a first two-week span with too little supervision;
 * the others meet every rule.
 */
final class DemoLicensure {

    static final LocalDate FIRST = LocalDate.of(2026, 2, 1);
    static final LocalDate LAST = LocalDate.of(2026, 2, 28);

    private static final Actor SUPERVISOR = Actor.of("supervisor-3", DemoPeople.ORG, Role.SUPERVISOR);
    private static final Map<String, String> PACKS = Map.of("associate-ca", "us-ca-bbs-amft",
            "associate-tx", "us-tx-lpc-associate", "associate-fl", "us-fl-registered-intern",
            "associate-ny", "us-ny-lmhc");

    /** The supervisors' licences (fictional numbers), shown with their signatures. */
    private static final List<String[]> LICENCES = List.of(
            new String[] {"supervisor-1", "LPC-S", "TX-70001", "US-TX"},
            new String[] {"supervisor-2", "LCSW", "NY-082001", "US-NY"},
            new String[] {"supervisor-3", "LMFT", "CA-120001", "US-CA"});

    private DemoLicensure() {
    }

    /** The host's rows: each associate's rule pack and their direct client hours per weekday. */
    static int seedHostTables(Connection c) throws SQLException {
        int added = 0;
        for (Map.Entry<String, String> pack : PACKS.entrySet()) {
            if (!DemoData.exists(c, "SELECT 1 FROM clinic_licensure WHERE org_id = ? AND user_id = ?",
                    DemoPeople.ORG, pack.getKey())) {
                added += DemoData.insert(c, "INSERT INTO clinic_licensure (org_id, user_id, rule_pack) VALUES (?, ?, ?)",
                        DemoPeople.ORG, pack.getKey(), pack.getValue());
            }
        }
        for (String[] l : LICENCES) {
            if (!DemoData.exists(c, "SELECT 1 FROM clinic_licence WHERE org_id = ? AND user_id = ?", DemoPeople.ORG, l[0])) {
                added += DemoData.insert(c, "INSERT INTO clinic_licence (org_id, user_id, licence_type, licence_number,"
                        + " jurisdiction) VALUES (?, ?, ?, ?, ?)", DemoPeople.ORG, l[0], l[1], l[2], l[3]);
            }
        }
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            boolean monday = day.getDayOfWeek() == DayOfWeek.MONDAY;
            // California: 10 hours in weeks 1 and 2, 11 in week 3 (Monday 3), 12 in week 4 (Monday 4).
            String ca = monday && day.getDayOfMonth() == 16 ? "3" : monday && day.getDayOfMonth() == 23 ? "4" : "2";
            added += hours(c, "associate-ca", day, ca);
            added += hours(c, "associate-tx", day, "4");
            added += hours(c, "associate-fl", day, "3");
            added += hours(c, "associate-ny", day, "4");
        }
        return added;
    }

    /**
     * The meetings of February 2026, through the plugin; skipped when supervisor-3 has any.
     *
     * @param module the supervision module
     * @param zone the practice's time zone
     * @return how many meetings were created
     */
    static int seed(SupervisionModule module, ZoneId zone) {
        Meetings meetings = module.meetings();
        if (meetings.list(SUPERVISOR, FIRST, LAST).size() > 0) {
            return 0;
        }
        List<Object[]> plan = List.of(
                // California: individual each Tuesday; a two-hour group on Thursday 19 (week 3).
                row(3, 60, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-ca"),
                row(10, 60, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-ca"),
                row(17, 60, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-ca"),
                row(24, 60, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-ca"),
                row(19, 120, MeetingFormat.GROUP, Modality.IN_PERSON, "associate-ca", "associate-tx", "associate-ny"),
                // Texas: individual each Monday; groups on 11 and 19 make half the hours.
                row(2, 60, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-tx"),
                row(9, 60, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-tx"),
                row(16, 60, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-tx"),
                row(23, 60, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-tx"),
                row(11, 120, MeetingFormat.GROUP, Modality.IN_PERSON, "associate-tx", "associate-fl", "associate-ny"),
                // Florida: individual on 4, 18 (video) and 25 besides the group on 11.
                row(4, 60, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-fl"),
                row(18, 60, MeetingFormat.INDIVIDUAL, Modality.VIDEO, "associate-fl"),
                row(25, 60, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-fl"),
                // New York: individual each Friday, 70 minutes on the 20th.
                row(6, 60, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-ny"),
                row(13, 60, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-ny"),
                row(20, 70, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-ny"),
                row(27, 60, MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "associate-ny"));
        for (Object[] r : plan) {
            @SuppressWarnings("unchecked")
            List<String> supervisees = (List<String>) r[4];
            Meeting m = meetings.plan(SUPERVISOR, new MeetingPlan(supervisees,
                    FIRST.withDayOfMonth((int) r[0]).atTime(LocalTime.of(9, 0)).atZone(zone).toInstant(),
                    (int) r[1], (MeetingFormat) r[2], (Modality) r[3]));
            meetings.markHeld(SUPERVISOR, m.id(), m.version());
        }
        return plan.size();
    }

    private static Object[] row(int day, int minutes, MeetingFormat format, Modality modality, String... who) {
        return new Object[] {day, minutes, format, modality, List.of(who)};
    }

    private static int hours(Connection c, String user, LocalDate day, String hours) throws SQLException {
        if (DemoData.exists(c, "SELECT 1 FROM clinic_direct_hours WHERE org_id = ? AND user_id = ? AND work_date = ?",
                DemoPeople.ORG, user, day)) {
            return 0;
        }
        return DemoData.insert(c, "INSERT INTO clinic_direct_hours (org_id, user_id, work_date, hours)"
                + " VALUES (?, ?, ?, ?)", DemoPeople.ORG, user, day, new BigDecimal(hours));
    }
}
