package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class ModuleReviewsTest {

    @Test
    void theModuleOffersTheReviewWorkflowOverTheHostsDatabase() throws Exception {
        TestClinic clinic = new TestClinic(TestDatabases.h2());
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            String note = clinic.note(TestClinic.CLIN);
            var host = clinic.noteOf(note);
            module.disclosures().save(TestClinic.CLIN, new org.casenotes.supervision.api.disclosure.SaveSection(note,
                    host.clientId(), host.clinicianId(), host.sessionDate(), 0, "{\"noSelfDisclosure\":true}"));

            Review submitted = module.reviews().submit(TestClinic.CLIN, note, 0);
            Review coSigned = module.reviews().coSign(TestClinic.SUP, note, submitted.version());

            assertThat(coSigned.state()).isEqualTo(ReviewState.CO_SIGNED);
            assertThat(coSigned.coSign().attestationText()).isNotBlank();
            assertThat(submitted.dueDate()).isAfter(TestClinic.START.atZone(clinic.clock.getZone()).toLocalDate());
            assertThat(Integer.parseInt(module.schemaVersion().split("\\.")[0])).isGreaterThanOrEqualTo(4);
        }
    }
}
