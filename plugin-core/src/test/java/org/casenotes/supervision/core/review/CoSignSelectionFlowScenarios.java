package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.billing.BillingReadiness;
import org.casenotes.supervision.api.billing.NoteBillable;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.meeting.AgendaItem;
import org.casenotes.supervision.api.meeting.AgendaReason;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.review.OverdueCheck;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewEvent;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.api.review.SampleReason;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.sampling.SampleDraw;
import org.junit.jupiter.api.Test;

/**
 * The stored co-sign selection governs the whole workflow: for each scope, a selected note and
 * one the policy leaves out go through the queue, the due date, the overdue check and its events,
 * billing readiness (and its event) and the meeting agenda. A note left out has no due date, is
 * in no queue, is never overdue, is billable without a co-sign unless its payer group requires
 * one, and may still be co-signed voluntarily.
 */
abstract class CoSignSelectionFlowScenarios {

    /** Well past every due and escalation date of a note submitted on the clinic's first day. */
    private static final Instant LATER = TestClinic.START.plus(Duration.ofDays(20));
    private static final Instant MEETING = Instant.parse("2026-03-27T15:00:00Z");

    abstract DataSource database();

    @Test
    void allNotesScopeSelectsEveryNoteAndEachWaitsForItsCoSign() throws Exception {
        TestClinic clinic = new TestClinic(database());
        clinic.host.independentlyLicensed(TestClinic.ORG, "clin");
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            String licensed = submitted(clinic, module, TestClinic.CLIN);
            String supervisee = submitted(clinic, module, TestClinic.CLIN2);

            for (String note : List.of(licensed, supervisee)) {
                assertThat(reason(module, note)).isEqualTo(SampleReason.ALL_NOTES);
            }
            assertWaits(clinic, module, List.of(licensed, supervisee), List.of());
        }
    }

    @Test
    void superviseesOnlyScopeWaitsForTheSuperviseeAndNotForTheLicensedClinician() throws Exception {
        TestClinic clinic = new TestClinic(database());
        clinic.host.independentlyLicensed(TestClinic.ORG, "clin");
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            setPolicy(module, "{\"coSign\": {\"scope\": \"SUPERVISEES_ONLY\"}}");
            String licensed = submitted(clinic, module, TestClinic.CLIN);
            String supervisee = submitted(clinic, module, TestClinic.CLIN2);

            assertThat(reason(module, licensed)).isEqualTo(SampleReason.LICENSED_NOT_REQUIRED);
            assertThat(reason(module, supervisee)).isEqualTo(SampleReason.SUPERVISEE);
            assertWaits(clinic, module, List.of(supervisee), List.of(licensed));
        }
    }

    @Test
    void sampleScopeWaitsForTheSampledNoteOnlyAndForTheSupervisee() throws Exception {
        TestClinic clinic = new TestClinic(database());
        clinic.host.independentlyLicensed(TestClinic.ORG, "clin");
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            setPolicy(module, "{\"coSign\": {\"scope\": \"SAMPLE\", \"samplePercent\": 50}}");
            SampleDraw draw = new SampleDraw(clinic.auditSecrets().hmacKey());
            String sampled = null;
            String notSampled = null;
            while (sampled == null || notSampled == null) {
                String note = clinic.note(TestClinic.CLIN);
                if (SampleDraw.inSample(draw.of(TestClinic.ORG, note), 50)) {
                    sampled = sampled == null ? submit(clinic, module, TestClinic.CLIN, note) : sampled;
                } else {
                    notSampled = notSampled == null ? submit(clinic, module, TestClinic.CLIN, note) : notSampled;
                }
            }
            String supervisee = submitted(clinic, module, TestClinic.CLIN2);

            assertThat(reason(module, sampled)).isEqualTo(SampleReason.SAMPLED);
            assertThat(reason(module, notSampled)).isEqualTo(SampleReason.NOT_SAMPLED);
            assertThat(reason(module, supervisee)).isEqualTo(SampleReason.SUPERVISEE);
            assertWaits(clinic, module, List.of(sampled, supervisee), List.of(notSampled));
        }
    }

    @Test
    void aPayerGroupThatRequiresACoSignStillHoldsANoteThePolicyLeavesOut() throws Exception {
        TestClinic clinic = new TestClinic(database());
        clinic.host.independentlyLicensed(TestClinic.ORG, "clin");
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            setPolicy(module, "{\"coSign\": {\"scope\": \"SUPERVISEES_ONLY\"}, \"billing\": {\"coSignRequired\": true,"
                    + " \"payerGroups\": {\"medicare\": true, \"commercial\": false}}}");
            String medicare = clinic.note(TestClinic.CLIN);
            String commercial = clinic.note(TestClinic.CLIN);
            String none = clinic.note(TestClinic.CLIN);
            clinic.host.payerGroup(TestClinic.ORG, medicare, "medicare");
            clinic.host.payerGroup(TestClinic.ORG, commercial, "commercial");
            for (String note : List.of(medicare, commercial, none)) {
                submit(clinic, module, TestClinic.CLIN, note);
            }

            BillingReadiness held = module.billing().readiness(TestClinic.SUP, medicare);
            assertThat(held.billable()).isFalse();
            assertThat(held.coSignRequired()).isTrue();
            assertThat(held.reasons()).containsExactly("co-sign-required");
            assertThat(module.billing().readiness(TestClinic.SUP, commercial).billable()).isTrue();
            // The practice's default (co-sign before billing) gives way to its own sampling policy.
            assertThat(module.billing().readiness(TestClinic.SUP, none).billable()).isTrue();
            assertThat(clinic.events(NoteBillable.class)).extracting(NoteBillable::noteId)
                    .containsExactlyInAnyOrder(commercial, none);
            // Still in no queue and never overdue: the payer's rule holds the claim, not the review.
            assertThat(module.reviews().review(TestClinic.SUP, medicare).dueDate()).isNull();

            module.reviews().coSign(TestClinic.SUP, medicare, module.reviews().review(TestClinic.SUP, medicare).version());
            assertThat(module.billing().readiness(TestClinic.SUP, medicare).billable()).isTrue();
        }
    }

    /**
     * Checks every place that asks whether a note waits for a co-sign, then that a note left
     * out may still be co-signed.
     */
    private static void assertWaits(TestClinic clinic, SupervisionModule module, List<String> waiting,
            List<String> spared) {
        List<String> all = new java.util.ArrayList<>(waiting);
        all.addAll(spared);
        assertThat(all).doesNotHaveDuplicates();
        // Due date and the Submitted event.
        for (String note : waiting) {
            Review review = module.reviews().review(TestClinic.SUP, note);
            assertThat(review.dueDate()).as("due date of %s", note).isNotNull();
            assertThat(submittedEvent(clinic, note).dueDate()).isEqualTo(review.dueDate());
        }
        for (String note : spared) {
            assertThat(module.reviews().review(TestClinic.SUP, note).dueDate()).as("due date of %s", note).isNull();
            assertThat(submittedEvent(clinic, note).dueDate()).isNull();
        }
        // The queue, every state it lists.
        assertThat(module.reviews().queue(TestClinic.SUP, QueueQuery.waiting(QueueQuery.MAX_PAGE_SIZE)).items())
                .extracting(Review::noteId).containsExactlyInAnyOrderElementsOf(waiting);
        // Why each queued note waits, read for the page at once; only by the clinicians' supervisor.
        assertThat(module.reviewSampling().selections(TestClinic.SUP, all)).containsOnlyKeys(all)
                .allSatisfy((note, selection) -> assertThat(selection.required()).isEqualTo(waiting.contains(note)));
        assertThatThrownBy(() -> module.reviewSampling().selections(TestClinic.UNASSIGNED, all))
                .isInstanceOf(ForbiddenException.class);
        // Billing readiness before any co-sign, and its event.
        for (String note : waiting) {
            BillingReadiness readiness = module.billing().readiness(TestClinic.SUP, note);
            assertThat(readiness.billable()).as("billable %s", note).isFalse();
            assertThat(readiness.reasons()).containsExactly("co-sign-required");
        }
        for (String note : spared) {
            BillingReadiness readiness = module.billing().readiness(TestClinic.SUP, note);
            assertThat(readiness.billable()).as("billable %s", note).isTrue();
            assertThat(readiness.coSignRequired()).isFalse();
            assertThat(readiness.supervisingPractitionerId()).isEqualTo("sup");
        }
        assertThat(clinic.events(NoteBillable.class)).extracting(NoteBillable::noteId)
                .containsExactlyInAnyOrderElementsOf(spared);
        // The meeting agenda after the due dates.
        for (String clinician : List.of("clin", "clin2")) {
            Meeting meeting = module.meetings().plan(TestClinic.SUP, new MeetingPlan(List.of(clinician), MEETING, 60,
                    MeetingFormat.INDIVIDUAL, Modality.VIDEO));
            meeting = module.meetings().proposeAgenda(TestClinic.SUP, meeting.id(), meeting.version());
            List<String> overdueOnAgenda = meeting.agenda().stream()
                    .filter(i -> i.reason() == AgendaReason.OVERDUE_CO_SIGN || i.reasons().contains(AgendaReason.OVERDUE_CO_SIGN))
                    .map(AgendaItem::noteId).toList();
            List<String> expected = waiting.stream()
                    .filter(n -> clinic.noteOf(n).clinicianId().equals(clinician)).toList();
            assertThat(overdueOnAgenda).as("overdue on %s's agenda", clinician).containsExactlyInAnyOrderElementsOf(expected);
        }
        // The overdue check, its events and the overdue list.
        OverdueCheck check = module.reviews().checkOverdue(TestClinic.ORG, LATER);
        assertThat(check.overdue()).containsExactlyInAnyOrderElementsOf(waiting);
        assertThat(check.escalated()).containsExactlyInAnyOrderElementsOf(waiting);
        assertThat(clinic.events(ReviewEvent.Overdue.class)).extracting(ReviewEvent::noteId)
                .containsExactlyInAnyOrderElementsOf(waiting);
        clinic.clock.advance(Duration.between(clinic.clock.instant(), LATER));
        assertThat(module.reviews().overdue(TestClinic.SUP, QueueQuery.MAX_PAGE_SIZE, null).items())
                .extracting(Review::noteId).containsExactlyInAnyOrderElementsOf(waiting);
        // A supervisor may still co-sign a note the policy left out.
        for (String note : spared) {
            Review signed = module.reviews().coSign(TestClinic.SUP, note,
                    module.reviews().review(TestClinic.SUP, note).version());
            assertThat(signed.state()).isEqualTo(ReviewState.CO_SIGNED);
            assertThat(signed.coSign().signerId()).isEqualTo("sup");
        }
    }

    private static ReviewEvent.Submitted submittedEvent(TestClinic clinic, String note) {
        return clinic.events(ReviewEvent.Submitted.class).stream().filter(e -> e.noteId().equals(note))
                .findFirst().orElseThrow();
    }

    private static SampleReason reason(SupervisionModule module, String note) {
        return module.reviewSampling().selection(TestClinic.SUP, note).orElseThrow().reason();
    }

    private static void setPolicy(SupervisionModule module, String json) {
        int version = module.policies().current(TestClinic.ADMIN).version();
        module.policies().update(TestClinic.ADMIN, json, version);
    }

    private static String submitted(TestClinic clinic, SupervisionModule module, Actor clinician) {
        return submit(clinic, module, clinician, clinic.note(clinician));
    }

    private static String submit(TestClinic clinic, SupervisionModule module, Actor clinician, String note) {
        var host = clinic.noteOf(note);
        module.disclosures().save(clinician, new SaveSection(note, host.clientId(), host.clinicianId(),
                host.sessionDate(), 0, "{\"noSelfDisclosure\":true}"));
        module.reviews().submit(clinician, note, 0);
        clinic.clock.advance(Duration.ofSeconds(1));
        return note;
    }
}
