package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.audit.AuditVerification;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.DatabaseContents;
import org.casenotes.supervision.core.testing.TestDatabases;

/**
 * The system under test of the stateful property: one module with its real sections, policy
 * and chained audit trail over a fresh H2 database, three notes ({@code clin}'s two and {@code
 * clin2}'s one), and what the test has seen so far: co-signed notes as they were when
 * co-signed, the highest version of everything, and each note's latest addendum.
 */
final class WorkflowWorld {

    static final String SECTION = "{\"noSelfDisclosure\":false,\"entries\":[{"
            + "\"type\":\"STRATEGIES\",\"mode\":\"DELIBERATE\",\"involvement\":\"SELF_REVEALING\",\"verbal\":true,"
            + "\"intimacy\":\"PROFESSIONAL\",\"clientPrompted\":false,\"summary\":\"Shared a breathing exercise.\","
            + "\"intents\":[\"NORMALIZE\"],\"rationale\":\"Treatment goal 2.\",\"motiveCheck\":\"UNSURE\","
            + "\"riskScreen\":{\"BOUNDARY_BLURRING\":{\"level\":\"NO\"},\"IMPOSING_VALUES\":{\"level\":\"NO\"},"
            + "\"SHIFTING_TREATMENT_GOALS\":{\"level\":\"NO\"},\"CLIENT_BURDEN\":{\"level\":\"NO\"},"
            + "\"POWER_DIFFERENTIAL\":{\"level\":\"NO\"},\"FOCUS_DIVERSION\":{\"level\":\"NO\"}},"
            + "\"focusReturned\":true,\"clientResponse\":{\"text\":\"Nodded.\",\"rating\":\"HELPFUL\"},"
            + "\"discussInSupervision\":false}]}";
    static final String NOTHING_DISCLOSED = "{\"noSelfDisclosure\":true}";

    final TestClinic clinic;
    final SupervisionModule module;
    final List<String> notes = new ArrayList<>();
    final List<String> authors = new ArrayList<>();
    final Map<String, String> latestAddendum = new HashMap<>();
    final Map<String, CoSigned> coSigned = new HashMap<>();
    final Map<String, Long> highestVersion = new HashMap<>();
    final List<String> log = new ArrayList<>();
    final Map<WorkflowModel.Kind, Integer> successes = new java.util.EnumMap<>(WorkflowModel.Kind.class);
    int auditEvents;
    int changes;

    /** A co-signed note as it was at co-sign: its review, snapshots and section rows. */
    record CoSigned(Review review, List<String> snapshots, List<String> section) {
    }

    WorkflowWorld() {
        try {
            clinic = new TestClinic(TestDatabases.h2());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        module = new SupervisionModuleFactory().create(clinic);
        for (Actor author : List.of(TestClinic.CLIN, TestClinic.CLIN, TestClinic.CLIN2)) {
            String note = clinic.note(author);
            notes.add(note);
            authors.add(author.userId());
            // Every note is documented from the start, as a submission requires.
            module.disclosures().save(author, saveCommand(note, 0, false));
        }
    }

    Review review(String noteId) {
        try {
            return clinic.stored(noteId);
        } catch (NoSuchElementException neverSubmitted) {
            return new Review(TestClinic.ORG, noteId, "client-" + noteId, authorOf(noteId), ReviewState.DRAFT, 0,
                    null, null, null, List.of(), null);
        }
    }

    Optional<Addendum> addendum(String noteId) {
        String id = latestAddendum.get(noteId);
        return id == null ? Optional.empty() : Optional.of(clinic.storedAddendum(noteId, id));
    }

    long sectionVersion(String noteId) {
        try (Connection c = clinic.dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT version FROM sr_disclosure_section WHERE org_id = ? AND note_id = ?")) {
            ps.setString(1, TestClinic.ORG);
            ps.setString(2, noteId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The note's history entries as numbered (in order) and its review row's count of them:
     * {@code [1, 2, ..., n, n]} for a note with a review row, {@code []} without one.
     */
    List<Integer> historyNumbers(String noteId) {
        List<Integer> numbers = new ArrayList<>();
        try (Connection c = clinic.dataSource.getConnection()) {
            for (String sql : List.of("SELECT seq FROM sr_review_history WHERE org_id = ? AND note_id = ? ORDER BY seq",
                    "SELECT history_seq FROM sr_review WHERE org_id = ? AND note_id = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, TestClinic.ORG);
                    ps.setString(2, noteId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            numbers.add(rs.getInt(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return numbers;
    }

    SaveSection saveCommand(String noteId, long expectedVersion, boolean disclosed) {
        ProgressNote note = clinic.noteOf(noteId);
        return new SaveSection(noteId, note.clientId(), note.clinicianId(), note.sessionDate(), expectedVersion,
                disclosed ? SECTION : NOTHING_DISCLOSED);
    }

    String authorOf(String noteId) {
        return authors.get(notes.indexOf(noteId));
    }

    DatabaseContents contents() {
        return DatabaseContents.of(clinic.dataSource);
    }

    static List<String> rowsOf(DatabaseContents contents, String table, String noteId) {
        String prefix = TestClinic.ORG + "|" + noteId + "|";
        return contents.rows(table).stream().filter(r -> r.startsWith(prefix)).toList();
    }

    /** Checked after every step: co-signed notes unchanged, versions never lower, chain intact. */
    void checkInvariants() {
        DatabaseContents now = contents();
        for (Map.Entry<String, CoSigned> signed : coSigned.entrySet()) {
            String note = signed.getKey();
            assertThat(review(note)).as("co-signed %s is unchanged", note).isEqualTo(signed.getValue().review());
            assertThat(rowsOf(now, "sr_review_snapshot", note)).as("snapshots of co-signed %s", note)
                    .isEqualTo(signed.getValue().snapshots());
            assertThat(rowsOf(now, "sr_disclosure_section", note)).as("section of co-signed %s", note)
                    .isEqualTo(signed.getValue().section());
        }
        for (String note : notes) {
            notLower("review " + note, review(note).version());
            notLower("section " + note, sectionVersion(note));
            addendum(note).ifPresent(a -> notLower("addendum " + a.addendumId(), a.version()));
            List<Integer> numbers = historyNumbers(note);
            List<Integer> expected = new ArrayList<>();
            for (int seq = 1; seq < numbers.size(); seq++) {
                expected.add(seq);
            }
            if (!numbers.isEmpty()) {
                expected.add(numbers.size() - 1);
            }
            assertThat(numbers).as("history of %s numbered 1..n without a gap, n on its review row", note)
                    .isEqualTo(expected);
        }
        AuditVerification verification = module.audit().verify(TestClinic.ADMIN);
        assertThat(verification.intact()).as(verification.message()).isTrue();
        assertThat(verification.eventCount()).isEqualTo(now.auditEvents());
    }

    private void notLower(String what, long version) {
        Long before = highestVersion.put(what, version);
        assertThat(version).as("the version of %s never goes down", what).isGreaterThanOrEqualTo(before == null ? 0 : before);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("World[");
        for (String note : notes) {
            Review r = review(note);
            s.append(note).append('=').append(r.state()).append(" v").append(r.version()).append(' ');
        }
        return s.append("audit=").append(auditEvents).append(" changes=").append(changes).append(']').toString();
    }
}
