package org.casenotes.supervision.core.meeting;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.HoursEntry;
import org.casenotes.supervision.api.meeting.HoursLog;
import org.casenotes.supervision.api.meeting.HoursTotal;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.core.csv.Csv;
import org.casenotes.supervision.core.storage.Tx;

/**
 * The hours log: meetings that took place with the supervisee present, each credited in full
 * (group and triadic meetings count for every supervisee present), days taken in the
 * practice's time zone so a late-evening meeting belongs to the day it was held.
 */
final class HoursLogs {

    private static final String[] HEADER = {"record", "date", "start", "meeting_id", "supervisee_id",
        "supervisee_name", "supervisor_id", "supervisor_name", "format", "modality", "meetings", "minutes", "hours"};

    private final MeetingStore meetings;
    private final SupervisionDirectory directory;

    HoursLogs(MeetingStore meetings, SupervisionDirectory directory) {
        this.meetings = meetings;
        this.directory = directory;
    }

    HoursLog log(Tx tx, String org, String superviseeId, LocalDate from, LocalDate to, ZoneId zone)
            throws SQLException {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<HoursEntry> entries = new ArrayList<>();
        Map<MeetingFormat, Map<Modality, long[]>> sums = new EnumMap<>(MeetingFormat.class);
        List<HoursEntry> notCredited = new ArrayList<>();
        for (MeetingRow row : meetings.ofSupervisee(tx, org, superviseeId, start, end)) {
            Attendance attendance = row.attendees().stream().filter(a -> a.superviseeId().equals(superviseeId))
                    .map(a -> a.attendance()).findFirst().orElse(null);
            if (!row.status().tookPlace() || attendance == null) {
                continue;
            }
            ZonedDateTime local = row.startsAt().atZone(zone);
            if (!attendance.credited()) {
                notCredited.add(new HoursEntry(row.id(), local.toLocalDate(), local.toLocalTime(), row.supervisorId(),
                        row.format(), row.modality(), 0, attendance));
                continue;
            }
            entries.add(new HoursEntry(row.id(), local.toLocalDate(), local.toLocalTime(), row.supervisorId(),
                    row.format(), row.modality(), row.durationMinutes()));
            long[] sum = sums.computeIfAbsent(row.format(), f -> new EnumMap<>(Modality.class))
                    .computeIfAbsent(row.modality(), m -> new long[2]);
            sum[0]++;
            sum[1] += row.durationMinutes();
        }
        List<HoursTotal> totals = new ArrayList<>();
        sums.forEach((format, byModality) -> byModality.forEach((modality, sum) ->
                totals.add(new HoursTotal(format, modality, (int) sum[0], sum[1]))));
        return new HoursLog(superviseeId, from, to, zone, entries, totals, notCredited);
    }

    String csv(HoursLog log, String org) {
        Csv csv = new Csv().row(HEADER);
        String superviseeName = name(org, log.superviseeId());
        for (HoursEntry e : log.entries()) {
            csv.row("meeting", e.date().toString(), e.startTime().toString(), e.meetingId(), log.superviseeId(),
                    superviseeName, e.supervisorId(), name(org, e.supervisorId()), e.format().name(),
                    e.modality().name(), "1", Long.toString(e.minutes()), HoursTotal.hoursOf(e.minutes()).toPlainString());
        }
        for (HoursTotal t : log.totals()) {
            csv.row("total", "", "", "", log.superviseeId(), superviseeName, "", "", t.format().name(),
                    t.modality().name(), Integer.toString(t.meetings()), Long.toString(t.minutes()),
                    t.hours().toPlainString());
        }
        csv.row("total", "", "", "", log.superviseeId(), superviseeName, "", "", "ALL", "ALL",
                Integer.toString(log.entries().size()), Long.toString(log.totalMinutes()),
                log.totalHours().toPlainString());
        return csv.text();
    }

    private String name(String org, String userId) {
        return directory.person(org, userId).map(Person::displayName).orElse(userId);
    }
}
