package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.signature.Signature;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * A co-signature is stored with the signer's name, credentials and licence and the fixed
 * "Electronically signed by" line; a co-sign past its due date carries a late-signature
 * attestation and keeps the day it was really made.
 */
class SignatureRecordTest {

    @Test
    void anOnTimeCoSignShowsNameCredentialsLicenceAndDate() throws Exception {
        TestClinic clinic = new TestClinic(TestDatabases.h2());
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            String note = submitted(clinic, module);
            module.reviews().coSign(TestClinic.SUP, note, module.reviews().review(TestClinic.SUP, note).version());

            List<Signature> signatures = module.signatures().ofNote(TestClinic.CLIN, note);

            assertThat(signatures).singleElement().satisfies(s -> {
                assertThat(s.signatureLine()).isEqualTo(
                        "Electronically signed by Person sup, PhD, LPC-S, LPC-S 12345 (US-TX) on 2026-03-10");
                assertThat(s.kind()).isEqualTo("co-sign");
                assertThat(s.attestationText()).isEqualTo(module.policies().current(TestClinic.ADMIN).review()
                        .attestationText());
                assertThat(s.late()).isFalse();
                assertThat(s.lateAttestation()).isNull();
            });
        }
    }

    @Test
    void aLateCoSignIsAttestedAsLateAndKeepsItsRealDate() throws Exception {
        TestClinic clinic = new TestClinic(TestDatabases.h2());
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            String note = submitted(clinic, module);
            Review review = module.reviews().review(TestClinic.SUP, note);
            LocalDate due = review.dueDate();
            clinic.clock.set(due.plusDays(1).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC));

            Review coSigned = module.reviews().coSign(TestClinic.SUP, note, review.version());
            Signature signature = module.signatures().ofNote(TestClinic.SUP, note).get(0);

            assertThat(signature.late()).isTrue();
            assertThat(signature.signedOn()).isEqualTo(due.plusDays(1));
            assertThat(signature.signedAt()).isEqualTo(coSigned.coSign().at());
            assertThat(signature.signatureLine()).endsWith(" on " + due.plusDays(1));
            assertThat(signature.lateAttestation()).isEqualTo("Late signature: this co-signature was made on "
                    + due.plusDays(1) + ", after it was due on " + due
                    + ". It is dated the day it was made; no earlier date is claimed.");
        }
    }

    @Test
    void aCoSignOnItsDueDateIsNotLateAndOthersMayNotReadTheSignature() throws Exception {
        TestClinic clinic = new TestClinic(TestDatabases.h2());
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            String note = submitted(clinic, module);
            Review review = module.reviews().review(TestClinic.SUP, note);
            clinic.clock.set(review.dueDate().atTime(23, 0).toInstant(java.time.ZoneOffset.UTC));

            module.reviews().coSign(TestClinic.SUP, note, review.version());

            assertThat(module.signatures().ofNote(TestClinic.SUP, note).get(0).late()).isFalse();
            assertThatThrownBy(() -> module.signatures().ofNote(TestClinic.CLIN2, note))
                    .isInstanceOf(ForbiddenException.class);
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
