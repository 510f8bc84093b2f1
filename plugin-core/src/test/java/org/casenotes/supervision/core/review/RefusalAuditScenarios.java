package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casenotes.supervision.core.review.TestClinic.ADMIN;
import static org.casenotes.supervision.core.review.TestClinic.CLIN;
import static org.casenotes.supervision.core.review.TestClinic.CLIN2;
import static org.casenotes.supervision.core.review.TestClinic.FOREIGN;
import static org.casenotes.supervision.core.review.TestClinic.SUP;

import java.util.List;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.api.review.Review;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A refused access is recorded as a refusal with its reason code, and never as the action that
 * was refused (ASTM E2147; ONC 170.315(d)(2)).
 */
abstract class RefusalAuditScenarios {

    TestClinic clinic;
    String note;
    Review submitted;

    abstract DataSource database();

    @BeforeEach
    void openClinic() throws Exception {
        clinic = new TestClinic(database());
        note = clinic.note(CLIN);
        clinic.section(note);
        submitted = clinic.reviews.submit(CLIN, note, 0);
    }

    @Test
    void anotherClinicianReadingTheReviewIsRecordedAsARefusedRead() throws Exception {
        assertRefused(() -> clinic.reviews.review(CLIN2, note), CLIN2, "attempted=READ;reason=review.forbidden");
    }

    @Test
    void anotherPracticesSupervisorAskingForTheNoteIsRecordedInTheirOwnPracticesChain() throws Exception {
        assertRefused(() -> clinic.reviews.history(FOREIGN, note), FOREIGN, "attempted=READ;reason=note.not-found");
    }

    @Test
    void anAdminsRefusedCoSignIsRecordedAsARefusedSign() throws Exception {
        assertRefused(() -> clinic.reviews.coSign(ADMIN, note, submitted.version()), ADMIN,
                "attempted=SIGN;reason=review.forbidden");
    }

    @Test
    void aClinicianCoSigningTheirOwnNoteIsRecordedAsARefusedSign() throws Exception {
        assertRefused(() -> clinic.reviews.coSign(CLIN, note, submitted.version()), CLIN,
                "attempted=SIGN;reason=review.forbidden");
    }

    @Test
    void aGrantedReadIsStillRecordedAsARead() throws Exception {
        int before = clinic.audit.count();

        clinic.reviews.review(SUP, note);

        assertThat(clinic.audit.rows().subList(before, clinic.audit.count())).singleElement()
                .satisfies(row -> assertThat(row.action()).isEqualTo(AuditAction.READ.name()));
    }

    private void assertRefused(ThrowingCallable access, Actor actor, String detail) throws Exception {
        int before = clinic.audit.count();

        assertThatThrownBy(access).isInstanceOf(SupervisionException.class);

        List<RecordingAuditTrail.Row> recorded = clinic.audit.rows().subList(before, clinic.audit.count());
        assertThat(recorded).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(AuditAction.REFUSED.name());
            assertThat(row.detail()).isEqualTo(detail);
            assertThat(row.actor()).isEqualTo(actor.userId());
            assertThat(row.org()).isEqualTo(actor.organisationId());
            assertThat(row.targetId()).isEqualTo(note);
        });
    }
}
