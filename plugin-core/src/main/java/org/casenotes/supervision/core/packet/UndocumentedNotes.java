package org.casenotes.supervision.core.packet;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.core.storage.Tx;

/**
 * The notes of a clinician that were submitted for review but have no self-disclosure section
 * (submitted before a section was required): a packet lists them too, marked undocumented, so
 * that it holds every note of the period. Their session dates come from the host's notes.
 */
final class UndocumentedNotes {

    private UndocumentedNotes() {
    }

    static List<String> of(Tx tx, String org, String clinicianId) throws SQLException {
        try (PreparedStatement select = tx.connection().prepareStatement("SELECT r.note_id FROM sr_review r"
                + " WHERE r.org_id = ? AND r.clinician_id = ? AND NOT EXISTS (SELECT 1 FROM sr_disclosure_section s"
                + " WHERE s.org_id = r.org_id AND s.note_id = r.note_id) ORDER BY r.note_id")) {
            select.setString(1, org);
            select.setString(2, clinicianId);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }
}
