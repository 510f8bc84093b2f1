package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.audit.AuditQuery;
import org.casenotes.supervision.api.audit.AuditVerification;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.DatabaseContents;
import org.casenotes.supervision.core.testing.FaultyDatabase;
import org.casenotes.supervision.core.testing.FaultyDatabase.Fault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The database goes away in the middle of every public operation, at every statement in turn:
 * each attempt answers storage-unavailable (or conflict), stores nothing at all, leaves the
 * audit chain intact, and the same operation succeeds once the database is back.
 */
abstract class DatabaseFaultScenarios {

    abstract DataSource database();

    private DataSource healthy;
    private FaultyDatabase faults;
    private TestClinic clinic;
    private SupervisionModule module;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    void everyOperationFailsCleanlyAtEveryStatementAndWorksOnceHealed(Fault fault) throws Exception {
        healthy = database();
        faults = new FaultyDatabase(healthy);
        clinic = new TestClinic(faults.dataSource());
        module = new SupervisionModuleFactory().create(clinic);
        int attempts = 0;
        for (Map.Entry<String, Function<SupervisionModule, Object>> operation : operations().entrySet()) {
            attempts += failEveryWayThenSucceed(fault, operation.getKey(), operation.getValue());
        }
        System.err.printf("database faults %s: %d operations, %d faults injected, 0 items lost%n", fault,
                operations().size(), attempts);
        assertThat(faults.injected()).isEqualTo(attempts).isGreaterThanOrEqualTo(operations().size());
    }

    private int failEveryWayThenSucceed(Fault fault, String name, Function<SupervisionModule, Object> operation)
            throws java.sql.SQLException {
        int attempts = 0;
        for (int n = 1; ; n++) {
            DatabaseContents before = DatabaseContents.of(healthy);
            faults.arm(fault, n);
            Object outcome;
            try {
                outcome = operation.apply(module);
            } catch (StorageUnavailableException | ConflictException e) {
                outcome = e;
            }
            boolean struck = faults.struck();
            faults.heal();
            if (struck && !(outcome instanceof RuntimeException)) {
                // The fault hit the delivery of the action's event, after the action committed:
                // the action stands and its event waits in the outbox until the next delivery.
                assertThat(pendingEvents()).as("%s: the event whose delivery failed at %d is kept", name, n)
                        .isPositive();
                assertThat(module.deliverPendingEvents()).as("%s: delivered once healed", name).isPositive();
                assertThat(pendingEvents()).isZero();
                assertThat(module.audit().verify(TestClinic.ADMIN).intact()).isTrue();
                return attempts + 1;
            }
            if (!struck) {
                assertThat(outcome).as("%s with no fault", name).isNotInstanceOf(RuntimeException.class);
                return attempts;
            }
            attempts++;
            assertThat(outcome).as("%s, %s at %d", name, fault, n)
                    .isInstanceOfAny(StorageUnavailableException.class, ConflictException.class);
            assertThat(DatabaseContents.of(healthy)).as("%s stores nothing when %s at %d", name, fault, n)
                    .isEqualTo(before);
            AuditVerification verification = module.audit().verify(TestClinic.ADMIN);
            assertThat(verification.intact()).as(verification.message()).isTrue();
            if (fault == Fault.UNREACHABLE) {
                assertThatCode(() -> operation.apply(module)).as("%s once the database is back", name)
                        .doesNotThrowAnyException();
                return attempts;
            }
        }
    }

    private long pendingEvents() throws java.sql.SQLException {
        try (java.sql.Connection c = healthy.getConnection(); java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sr_event_outbox")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every public write, in an order where each finds the state it needs. */
    private Map<String, Function<SupervisionModule, Object>> operations() {
        String a = clinic.noteIfAbsent("fault-a", TestClinic.CLIN);
        String b = clinic.noteIfAbsent("fault-b", TestClinic.CLIN);
        String c = clinic.noteIfAbsent("fault-c", TestClinic.CLIN);
        Map<String, Function<SupervisionModule, Object>> ops = new LinkedHashMap<>();
        ops.put("save draft", m -> m.disclosures().saveDraft(TestClinic.CLIN, draft(a)));
        ops.put("save section", m -> m.disclosures().save(TestClinic.CLIN, section(a, 0)));
        ops.put("save another section", m -> m.disclosures().save(TestClinic.CLIN, attestation(b)));
        ops.put("save a third section", m -> m.disclosures().save(TestClinic.CLIN, attestation(c)));
        ops.put("read section", m -> m.disclosures().load(TestClinic.SUP, a));
        ops.put("submit", m -> m.reviews().submit(TestClinic.CLIN, a, 0));
        ops.put("submit another", m -> m.reviews().submit(TestClinic.CLIN, b, 0));
        ops.put("submit a third", m -> m.reviews().submit(TestClinic.CLIN, c, 0));
        ops.put("read review", m -> m.reviews().review(TestClinic.SUP, a));
        ops.put("start review", m -> m.reviews().startReview(TestClinic.SUP, a, 1));
        ops.put("comment", m -> m.reviews().comment(TestClinic.SUP, a, 2, NewComment.onNote("Please say more.")));
        ops.put("request changes", m -> m.reviews().requestChanges(TestClinic.SUP, a, 3, "Add the rationale."));
        ops.put("resubmit", m -> m.reviews().submit(TestClinic.CLIN, a, 4));
        ops.put("withdraw", m -> m.reviews().withdraw(TestClinic.CLIN, c, 1));
        ops.put("co-sign", m -> m.reviews().coSign(TestClinic.SUP, a, 5));
        ops.put("batch co-sign", m -> m.reviews().batchCoSign(TestClinic.SUP, List.of(new NoteVersion(b, 1))));
        ops.put("refused batch co-sign", m -> m.reviews().batchCoSign(TestClinic.SUP, List.of(new NoteVersion(c, 1))));
        ops.put("add addendum", m -> addendum(m.reviews(), a));
        ops.put("history", m -> m.reviews().history(TestClinic.CLIN, a));
        ops.put("overdue check", m -> m.reviews().checkOverdue(TestClinic.ORG, TestClinic.START.plusSeconds(40 * 86400)));
        ops.put("policy change", m -> m.policies().update(TestClinic.ADMIN, m.policies().defaultsJson(),
                m.policies().current(TestClinic.ADMIN).version()));
        ops.put("plan meeting", m -> m.meetings().plan(TestClinic.SUP, new MeetingPlan(List.of("clin"),
                Instant.parse("2026-03-12T10:00:00Z"), 60, MeetingFormat.INDIVIDUAL, Modality.VIDEO)));
        ops.put("audit report", m -> m.audit().report(TestClinic.ADMIN,
                AuditQuery.period(TestClinic.START.minusSeconds(86400), TestClinic.START.plusSeconds(86400))));
        return ops;
    }

    private Object addendum(Reviews reviews, String note) {
        return reviews.addAddendum(TestClinic.CLIN, note, "A late correction.");
    }

    private SaveSection attestation(String noteId) {
        ProgressNote note = clinic.noteOf(noteId);
        return new SaveSection(noteId, note.clientId(), note.clinicianId(), note.sessionDate(), 0,
                WorkflowWorld.NOTHING_DISCLOSED);
    }

    private SaveSection draft(String noteId) {
        ProgressNote note = clinic.noteOf(noteId);
        return new SaveSection(noteId, note.clientId(), note.clinicianId(), note.sessionDate(), 0,
                "{\"noSelfDisclosure\":false}");
    }

    private SaveSection section(String noteId, long expectedVersion) {
        ProgressNote note = clinic.noteOf(noteId);
        return new SaveSection(noteId, note.clientId(), note.clinicianId(), note.sessionDate(), expectedVersion,
                WorkflowWorld.SECTION);
    }
}
