package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.policy.CoSignScope;
import org.casenotes.supervision.api.review.CoSignSelection;
import org.casenotes.supervision.api.review.SampleReason;
import org.casenotes.supervision.api.review.SamplingReport;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.sampling.SampleDraw;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Review sampling through the module: the policy's scope decides at first submission whether each
 * note needs a co-sign; a licensed clinician's notes are sampled by their keyed draw; the report
 * lists every note with its reason and the achieved rate; a later policy keeps earlier decisions;
 * a bad sampling policy is refused with the field's path.
 */
class ReviewSamplingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Test
    void aSamplePicksTheLicensedCliniciansNotesByTheirDrawAndReportsTheRate() throws Exception {
        TestClinic clinic = new TestClinic(TestDatabases.h2());
        clinic.host.independentlyLicensed(TestClinic.ORG, "clin");
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            setPolicy(module, "{\"coSign\": {\"scope\": \"SAMPLE\", \"samplePercent\": 30}}");
            List<String> licensedNotes = submitted(clinic, module, TestClinic.CLIN, 80);
            List<String> superviseeNotes = submitted(clinic, module, TestClinic.CLIN2, 5);

            SampleDraw draw = new SampleDraw(clinic.auditSecrets().hmacKey());
            SamplingReport report = module.reviewSampling().report(TestClinic.SUP, "clin", DAY, DAY);
            assertThat(report.selections()).extracting(CoSignSelection::noteId).containsExactlyElementsOf(licensedNotes);
            for (CoSignSelection selection : report.selections()) {
                int expected = draw.of(TestClinic.ORG, selection.noteId());
                assertThat(selection.draw()).isEqualTo(expected);
                assertThat(selection.reason()).isEqualTo(expected < 3000 ? SampleReason.SAMPLED : SampleReason.NOT_SAMPLED);
                assertThat(selection.required()).isEqualTo(expected < 3000);
                assertThat(selection.scope()).isEqualTo(CoSignScope.SAMPLE);
                assertThat(selection.percent()).isEqualTo(30);
            }
            long sampled = report.selections().stream().filter(CoSignSelection::required).count();
            assertThat(report.drawn()).isEqualTo(80);
            assertThat(report.sampled()).isEqualTo((int) sampled).isBetween(1, 79);
            assertThat(report.achievedPercent()).isEqualTo(Math.round(sampled * 1000.0 / 80) / 10.0);

            for (String note : superviseeNotes) {
                CoSignSelection selection = module.reviewSampling().selection(TestClinic.CLIN2, note).orElseThrow();
                assertThat(selection.reason()).isEqualTo(SampleReason.SUPERVISEE);
                assertThat(selection.required()).isTrue();
            }
            SamplingReport supervisee = module.reviewSampling().report(TestClinic.SUP, "clin2", DAY, DAY);
            assertThat(supervisee.drawn()).isZero();
            assertThat(supervisee.achievedPercent()).isNull();
        }
    }

    @Test
    void eachScopeDecidesAtFirstSubmissionAndALaterPolicyKeepsEarlierDecisions() throws Exception {
        TestClinic clinic = new TestClinic(TestDatabases.h2());
        clinic.host.independentlyLicensed(TestClinic.ORG, "clin");
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            String underAll = submitted(clinic, module, TestClinic.CLIN, 1).get(0);
            setPolicy(module, "{\"coSign\": {\"scope\": \"SUPERVISEES_ONLY\"}}");
            String licensed = submitted(clinic, module, TestClinic.CLIN, 1).get(0);
            String supervisee = submitted(clinic, module, TestClinic.CLIN2, 1).get(0);

            assertThat(module.reviewSampling().selection(TestClinic.SUP, underAll).orElseThrow().reason())
                    .isEqualTo(SampleReason.ALL_NOTES);
            CoSignSelection spared = module.reviewSampling().selection(TestClinic.SUP, licensed).orElseThrow();
            assertThat(spared.reason()).isEqualTo(SampleReason.LICENSED_NOT_REQUIRED);
            assertThat(spared.required()).isFalse();
            assertThat(module.reviewSampling().selection(TestClinic.SUP, supervisee).orElseThrow().reason())
                    .isEqualTo(SampleReason.SUPERVISEE);
            assertThat(module.reviewSampling().report(TestClinic.SUP, "clin", DAY, DAY).selections())
                    .extracting(CoSignSelection::reason)
                    .containsExactly(SampleReason.ALL_NOTES, SampleReason.LICENSED_NOT_REQUIRED);
        }
    }

    @Test
    void onlyTheCliniciansSupervisorSeesTheReportAndBadPoliciesAreRefusedWithTheirPath() throws Exception {
        TestClinic clinic = new TestClinic(TestDatabases.h2());
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            assertThatThrownBy(() -> module.reviewSampling().report(TestClinic.UNASSIGNED, "clin", DAY, DAY))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> module.reviewSampling().report(TestClinic.SUP, "clin", DAY, DAY.minusDays(1)))
                    .isInstanceOf(ValidationException.class);
            for (String[] bad : new String[][] {
                    {"{\"coSign\": {\"scope\": \"SAMPLE\"}}", "/coSign/samplePercent"},
                    {"{\"coSign\": {\"scope\": \"SAMPLE\", \"samplePercent\": 0}}", "/coSign/samplePercent"},
                    {"{\"coSign\": {\"scope\": \"SAMPLE\", \"samplePercent\": 101}}", "/coSign/samplePercent"},
                    {"{\"coSign\": {\"scope\": \"ALL_NOTES\", \"samplePercent\": 10}}", "/coSign/samplePercent"},
                    {"{\"coSign\": {\"scope\": \"SOME\"}}", "/coSign/scope"}}) {
                assertThatThrownBy(() -> setPolicy(module, bad[0])).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.path()).contains(bad[1]));
            }
            assertThat(module.policies().current(TestClinic.ADMIN).sampling().scope()).isEqualTo(CoSignScope.ALL_NOTES);
        }
    }

    private static void setPolicy(SupervisionModule module, String json) {
        int version = module.policies().current(TestClinic.ADMIN).version();
        module.policies().update(TestClinic.ADMIN, json, version);
    }

    private static List<String> submitted(TestClinic clinic, SupervisionModule module,
            org.casenotes.supervision.api.Actor clinician, int count) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String note = clinic.note(clinician);
            var host = clinic.noteOf(note);
            module.disclosures().save(clinician, new org.casenotes.supervision.api.disclosure.SaveSection(note,
                    host.clientId(), host.clinicianId(), host.sessionDate(), 0, "{\"noSelfDisclosure\":true}"));
            module.reviews().submit(clinician, note, 0);
            clinic.clock.advance(java.time.Duration.ofSeconds(1));
            notes.add(note);
        }
        return notes;
    }
}
