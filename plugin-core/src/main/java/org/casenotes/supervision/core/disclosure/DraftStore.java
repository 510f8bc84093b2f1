package org.casenotes.supervision.core.disclosure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casenotes.supervision.api.disclosure.SectionDraft;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.core.json.Json;
import org.casenotes.supervision.core.storage.Tx;

/** JDBC access to {@code sr_disclosure_draft}; every statement filters by organisation. Thread-safe. */
final class DraftStore {

    private static final String COLUMNS = "note_id, client_id, clinician_id, session_date, version, draft_json,"
            + " problems_json, updated_at";

    Optional<SectionDraft> find(Tx tx, String org, String noteId) throws SQLException {
        return tx.selectOne(COLUMNS, "sr_disclosure_draft WHERE org_id = ? AND note_id = ?", List.of(org, noteId),
                DraftStore::read);
    }

    List<SectionDraft> byClinician(Tx tx, String org, String clinicianId, int limit) throws SQLException {
        try (PreparedStatement select = tx.connection().prepareStatement(
                "SELECT " + COLUMNS + " FROM sr_disclosure_draft WHERE org_id = ? AND clinician_id = ?"
                        + " ORDER BY updated_at DESC, note_id DESC FETCH FIRST ? ROWS ONLY")) {
            select.setString(1, org);
            select.setString(2, clinicianId);
            select.setInt(3, limit);
            List<SectionDraft> drafts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    drafts.add(read(rows));
                }
            }
            return drafts;
        }
    }

    /** Inserts a first draft, or updates one still at the expected version; false on a lost race. */
    boolean put(Tx tx, String org, SectionDraft draft, long expectedVersion) throws SQLException {
        String sql = expectedVersion == 0
                ? "INSERT INTO sr_disclosure_draft (client_id, clinician_id, session_date, version, draft_json,"
                        + " problems_json, updated_at, org_id, note_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE sr_disclosure_draft SET client_id = ?, clinician_id = ?, session_date = ?, version = ?,"
                        + " draft_json = ?, problems_json = ?, updated_at = ? WHERE org_id = ? AND note_id = ?"
                        + " AND version = ?";
        try (PreparedStatement statement = tx.connection().prepareStatement(sql)) {
            statement.setString(1, draft.clientId());
            statement.setString(2, draft.clinicianId());
            statement.setObject(3, draft.sessionDate());
            statement.setLong(4, draft.version());
            statement.setString(5, draft.draftJson());
            statement.setString(6, problemsJson(draft.problems()));
            statement.setObject(7, OffsetDateTime.ofInstant(draft.savedAt(), ZoneOffset.UTC));
            statement.setString(8, org);
            statement.setString(9, draft.noteId());
            if (expectedVersion != 0) {
                statement.setLong(10, expectedVersion);
            }
            return statement.executeUpdate() == 1;
        }
    }

    void delete(Tx tx, String org, String noteId) throws SQLException {
        try (PreparedStatement delete = tx.connection().prepareStatement(
                "DELETE FROM sr_disclosure_draft WHERE org_id = ? AND note_id = ?")) {
            delete.setString(1, org);
            delete.setString(2, noteId);
            delete.executeUpdate();
        }
    }

    private static SectionDraft read(ResultSet row) throws SQLException {
        return new SectionDraft(row.getString(1), row.getString(2), row.getString(3),
                row.getObject(4, LocalDate.class), row.getLong(5), row.getString(6), problems(row.getString(7)),
                row.getObject(8, OffsetDateTime.class).toInstant());
    }

    private static String problemsJson(List<FieldProblem> problems) {
        List<Object> out = new ArrayList<>();
        for (FieldProblem problem : problems) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("path", problem.path());
            map.put("code", problem.code());
            map.put("message", problem.message());
            out.add(map);
        }
        return Json.write(out);
    }

    /** Reads problems this class wrote; the plugin's own data, so it is trusted. */
    private static List<FieldProblem> problems(String json) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Object element : (List<?>) Json.parse(json)) {
            Map<?, ?> map = (Map<?, ?>) element;
            problems.add(new FieldProblem((String) map.get("path"), (String) map.get("code"),
                    (String) map.get("message")));
        }
        return problems;
    }
}
