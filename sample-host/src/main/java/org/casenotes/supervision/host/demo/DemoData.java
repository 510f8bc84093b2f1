package org.casenotes.supervision.host.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.casenotes.supervision.host.clinic.Passwords;

/**
 * Seeds the host's demo practices: staff with password {@code demo}, supervision assignments,
 * clients with names in several scripts, and about eight weeks of weekly progress notes up to
 * today. Idempotent: a row that exists is left as it is.
 */
public final class DemoData {

    static final int WEEKS = 8;

    private DemoData() {
    }

    /**
     * Seeds the host's tables.
     *
     * @param dataSource the host's database, with its schema created
     * @param today the last day notes are written for
     * @return how many rows were added (0 when everything was there already)
     * @throws SQLException when the database refuses
     */
    public static int seedHostTables(DataSource dataSource, LocalDate today) throws SQLException {
        int added = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (DemoPeople.Staff s : DemoPeople.STAFF) {
                if (!exists(c, "SELECT 1 FROM clinic_user WHERE user_id = ?", s.id())) {
                    added += insert(c, "INSERT INTO clinic_user (org_id, user_id, display_name, credentials, roles,"
                            + " password_hash) VALUES (?, ?, ?, ?, ?, ?)", s.org(), s.id(), s.name(), s.credentials(),
                            s.roles(), Passwords.hash(DemoPeople.PASSWORD.toCharArray()));
                }
            }
            for (DemoPeople.Assignment a : DemoPeople.ASSIGNMENTS) {
                if (!exists(c, "SELECT 1 FROM clinic_assignment WHERE org_id = ? AND clinician_id = ?"
                        + " AND supervisor_id = ? AND kind = ?", a.org(), a.clinician(), a.supervisor(), a.kind())) {
                    added += insert(c, "INSERT INTO clinic_assignment (org_id, supervisor_id, clinician_id, kind,"
                            + " valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)", a.org(), a.supervisor(), a.clinician(),
                            a.kind(), today.plusDays(a.fromDays()),
                            a.toDays() == null ? null : today.plusDays(a.toDays()));
                }
            }
            for (DemoPeople.Client client : DemoPeople.CLIENTS) {
                if (!exists(c, "SELECT 1 FROM clinic_client WHERE org_id = ? AND client_id = ?", client.org(), client.id())) {
                    added += insert(c, "INSERT INTO clinic_client (org_id, client_id, given_name, family_name,"
                            + " date_of_birth, phone, email) VALUES (?, ?, ?, ?, ?, ?, ?)", client.org(), client.id(),
                            client.given(), client.family(), client.born(), client.phone(), client.email());
                }
            }
            for (DemoNote note : notes(today)) {
                if (!exists(c, "SELECT 1 FROM clinic_note WHERE org_id = ? AND note_id = ?", note.org(), note.id())) {
                    added += insert(c, "INSERT INTO clinic_note (org_id, note_id, client_id, clinician_id, session_date,"
                            + " service, note_text) VALUES (?, ?, ?, ?, ?, ?, ?)", note.org(), note.id(), note.clientId(),
                            note.clinicianId(), note.sessionDate(), note.service(), note.text());
                }
            }
            added += DemoLicensure.seedHostTables(c);
            c.commit();
        }
        return added;
    }

    /**
     * The demo progress notes: each client weekly, on a weekday fixed per client, for the last
     * {@value #WEEKS} weeks up to today.
     *
     * @param today the last possible session date
     * @return the notes, oldest first per client
     */
    static List<DemoNote> notes(LocalDate today) {
        List<DemoNote> notes = new java.util.ArrayList<>();
        int index = 0;
        for (DemoPeople.Client client : DemoPeople.CLIENTS) {
            DayOfWeek day = DayOfWeek.of(1 + index % 5);
            LocalDate first = today.minusWeeks(WEEKS).with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
            int session = 0;
            for (LocalDate date = first; !date.isAfter(today); date = date.plusWeeks(1)) {
                notes.add(DemoNote.of(client, date, session++));
            }
            index++;
        }
        return notes;
    }

    static boolean exists(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), args); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    static int insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), args)) {
            return ps.executeUpdate();
        }
    }

    private static PreparedStatement bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
