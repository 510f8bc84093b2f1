package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casenotes.supervision.core.review.TestClinic.ADMIN;
import static org.casenotes.supervision.core.review.TestClinic.CLIN;
import static org.casenotes.supervision.core.review.TestClinic.CLIN2;
import static org.casenotes.supervision.core.review.TestClinic.FOREIGN;
import static org.casenotes.supervision.core.review.TestClinic.SUP;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.api.fhir.FhirBundleType;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the module as a host holds it, a refused call writes exactly one audit event: a
 * {@code REFUSED} naming the action the caller attempted and the reason code, whichever service
 * inside the module refused it (an export refused by the review it reads, a meeting of another
 * practice, a packet by a clinician, a section an admin may not read), and never a granted read
 * before it.
 */
class ModuleRefusalAuditTest {

    @TempDir
    Path temp;

    TestClinic clinic;
    SupervisionModule module;
    String note;

    record Event(String org, String actor, String action, String targetType, String targetId, String detail) {
    }

    @BeforeEach
    void open() throws Exception {
        clinic = new TestClinic(TestDatabases.h2());
        module = new SupervisionModuleFactory().create(clinic);
        note = clinic.note(CLIN);
        var host = clinic.noteOf(note);
        module.disclosures().save(CLIN, new SaveSection(note, host.clientId(), host.clinicianId(),
                host.sessionDate(), 0, "{\"noSelfDisclosure\":true}"));
    }

    @AfterEach
    void close() {
        module.close();
    }

    @Test
    void aFhirExportRefusedByTheReviewItReadsIsOneRefusedExport() throws Exception {
        assertOneRefusal(() -> module.fhir().review(CLIN2, note, IdentityMode.CODED, FhirBundleType.COLLECTION),
                CLIN2, "fhir-review", note, "attempted=PRINT_EXPORT;reason=review.forbidden");
    }

    @Test
    void aClinicianExportingAPacketIsOneRefusedExport() throws Exception {
        assertOneRefusal(() -> module.packets().export(CLIN, new PacketRequest(List.of(CLIN.userId()),
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), null, null), PacketOptions.defaults(),
                temp.resolve("p.pdf")), CLIN, "packet-period", "2026-03-01..2026-03-31",
                "attempted=PRINT_EXPORT;reason=packet.not-a-supervisor");
    }

    @Test
    void anotherPracticesMeetingIsOneRefusedRead() throws Exception {
        assertOneRefusal(() -> module.meetings().view(FOREIGN, "meeting-of-org-a"), FOREIGN, "meeting",
                "meeting-of-org-a", "attempted=READ;reason=meeting.not-found");
    }

    @Test
    void anotherPracticesMeetingChangeIsOneRefusedUpdate() throws Exception {
        assertOneRefusal(() -> module.meetings().markHeld(FOREIGN, "meeting-of-org-a", 1), FOREIGN, "meeting",
                "meeting-of-org-a", "attempted=UPDATE;reason=meeting.not-found");
    }

    @Test
    void anAdminReadingASectionIsOneRefusedReadAndNoGrantedRead() throws Exception {
        assertOneRefusal(() -> module.disclosures().load(ADMIN, note), ADMIN, "note", note,
                "attempted=READ;reason=disclosure.not-readable");
    }

    @Test
    void billingReadinessOfAnotherCliniciansNoteIsOneRefusedRead() throws Exception {
        assertOneRefusal(() -> module.billing().readiness(CLIN2, note), CLIN2, "note", note,
                "attempted=READ;reason=review.forbidden");
    }

    @Test
    void aNoteWithoutASectionIsAnOrdinaryAnswerAndNoRefusal() throws Exception {
        String bare = clinic.undocumentedNote(CLIN);
        Set<String> before = keys();

        assertThatThrownBy(() -> module.disclosures().load(SUP, bare)).isInstanceOf(NotFoundException.class);

        assertThat(newEvents(before)).isEmpty();
    }

    @Test
    void aGrantedReadStillWritesItsRead() throws Exception {
        Set<String> before = keys();

        module.reviews().history(SUP, note);

        assertThat(newEvents(before)).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("READ"));
    }

    private void assertOneRefusal(ThrowingCallable call, Actor actor, String targetType, String targetId,
            String detail) throws Exception {
        Set<String> before = keys();

        assertThatThrownBy(call).isInstanceOfAny(ForbiddenException.class, NotFoundException.class)
                .isInstanceOf(SupervisionException.class);

        assertThat(newEvents(before)).containsExactly(new Event(actor.organisationId(), actor.userId(), "REFUSED",
                targetType, targetId, detail));
    }

    private Set<String> keys() throws SQLException {
        Set<String> keys = new HashSet<>();
        for (String[] row : rows()) {
            keys.add(row[0] + "#" + row[1]);
        }
        return keys;
    }

    private List<Event> newEvents(Set<String> before) throws SQLException {
        List<Event> events = new ArrayList<>();
        for (String[] row : rows()) {
            if (!before.contains(row[0] + "#" + row[1])) {
                events.add(new Event(row[0], row[2], row[3], row[4], row[5], row[6]));
            }
        }
        return events;
    }

    private List<String[]> rows() throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = clinic.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT org_id, seq, actor_id, action, target_type, target_id, detail FROM sr_audit_event"
                        + " ORDER BY org_id, seq");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)});
            }
        }
        return rows;
    }
}
