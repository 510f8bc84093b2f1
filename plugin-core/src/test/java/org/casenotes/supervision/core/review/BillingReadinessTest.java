package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.billing.BillingReadiness;
import org.casenotes.supervision.api.billing.NoteBillable;
import org.casenotes.supervision.api.billing.SupervisorPresence;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * A note may be billed when its payer group's co-sign rule is met, a supervising practitioner
 * can be named and the supervisor was not present by telephone only; a co-sign that leaves the
 * note billable tells the host.
 */
class BillingReadinessTest {

    @Test
    void byDefaultANoteIsBillableOnlyOnceCoSignedUnderItsCoSigner() throws Exception {
        TestClinic clinic = new TestClinic(TestDatabases.h2());
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            String note = submitted(clinic, module);

            BillingReadiness before = module.billing().readiness(TestClinic.SUP, note);
            Review review = module.reviews().review(TestClinic.SUP, note);
            module.reviews().coSign(TestClinic.SUP, note, review.version());
            BillingReadiness after = module.billing().readiness(TestClinic.CLIN, note);

            assertThat(before.billable()).isFalse();
            assertThat(before.reasons()).containsExactly("co-sign-required");
            assertThat(before.supervisingPractitionerId()).isEqualTo("sup");
            assertThat(after.billable()).isTrue();
            assertThat(after.coSigned()).isTrue();
            assertThat(after.supervisingPractitionerCredentials()).isEqualTo("PhD, LPC-S");
            assertThat(after.supervisingPractitionerLicence().number()).isEqualTo("12345");
            assertThat(clinic.sentEvents()).filteredOn(NoteBillable.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((NoteBillable) e).supervisingPractitionerId()).isEqualTo("sup"));
        }
    }

    @Test
    void aPayerGroupThePolicyExemptsIsBillableBeforeTheCoSign() throws Exception {
        TestClinic clinic = new TestClinic(TestDatabases.h2());
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            module.policies().update(TestClinic.ADMIN,
                    "{\"billing\": {\"coSignRequired\": true, \"payerGroups\": {\"commercial\": false}}}", 1);
            String exempt = submitted(clinic, module);
            String medicare = submitted(clinic, module);
            clinic.host.payerGroup(TestClinic.ORG, exempt, "commercial");
            clinic.host.payerGroup(TestClinic.ORG, medicare, "medicare");
            clinic.host.supervisorPresence(TestClinic.ORG, exempt, SupervisorPresence.VIDEO);

            BillingReadiness commercial = module.billing().readiness(TestClinic.SUP, exempt);

            assertThat(commercial.billable()).isTrue();
            assertThat(commercial.coSignRequired()).isFalse();
            assertThat(commercial.presence()).isEqualTo(SupervisorPresence.VIDEO);
            assertThat(module.billing().readiness(TestClinic.SUP, medicare).reasons()).containsExactly("co-sign-required");
            assertThat(module.policies().currentJson(TestClinic.ADMIN)).contains("\"commercial\" : false");
        }
    }

    @Test
    void supervisionByTelephoneOnlyIsNeverBillableAndRaisesNoEvent() throws Exception {
        TestClinic clinic = new TestClinic(TestDatabases.h2());
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            String note = submitted(clinic, module);
            clinic.host.supervisorPresence(TestClinic.ORG, note, SupervisorPresence.AUDIO_ONLY);

            module.reviews().coSign(TestClinic.SUP, note, module.reviews().review(TestClinic.SUP, note).version());
            BillingReadiness readiness = module.billing().readiness(TestClinic.SUP, note);

            assertThat(readiness.billable()).isFalse();
            assertThat(readiness.reasons()).containsExactly("audio-only-supervision");
            assertThat(clinic.sentEvents()).noneMatch(NoteBillable.class::isInstance);
        }
    }

    private static String submitted(TestClinic clinic, SupervisionModule module) {
        String note = clinic.note(TestClinic.CLIN);
        var host = clinic.noteOf(note);
        module.disclosures().save(TestClinic.CLIN, new SaveSection(note, host.clientId(), host.clinicianId(),
                host.sessionDate(), 0, "{\"noSelfDisclosure\":true}"));
        module.reviews().submit(TestClinic.CLIN, note, 0);
        clinic.clock.advance(Duration.ofMinutes(5));
        return note;
    }
}
