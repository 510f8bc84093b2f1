package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.disclosure.SavedSection;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The self-disclosure section and the review workflow wired together in one module. */
class SectionAndReviewTest {

    private static final String FLAGGED_ENTRY = "{\"noSelfDisclosure\":false,\"entries\":[{"
            + "\"type\":\"FEELINGS\",\"mode\":\"DELIBERATE\",\"involvement\":\"SELF_REVEALING\",\"verbal\":true,"
            + "\"intimacy\":\"PERSONAL_HISTORY\",\"clientPrompted\":false,\"summary\":\"Shared that I also lost a parent young.\","
            + "\"intents\":[\"NORMALIZE\"],\"rationale\":\"To normalise grief responses in line with goal 2.\","
            + "\"motiveCheck\":\"UNSURE\",\"riskScreen\":{\"BOUNDARY_BLURRING\":{\"level\":\"NO\"},"
            + "\"IMPOSING_VALUES\":{\"level\":\"NO\"},\"SHIFTING_TREATMENT_GOALS\":{\"level\":\"NO\"},"
            + "\"CLIENT_BURDEN\":{\"level\":\"POSSIBLE\",\"note\":\"Client asked follow-up questions.\"},"
            + "\"POWER_DIFFERENTIAL\":{\"level\":\"NO\"},\"FOCUS_DIVERSION\":{\"level\":\"NO\"}},"
            + "\"focusReturned\":true,\"clientResponse\":{\"text\":\"Nodded, returned to her story.\",\"rating\":\"HELPFUL\"},"
            + "\"discussInSupervision\":true}]}";

    @Test
    void submittingSnapshotsTheSectionsFlagsAndLocksItUntilReturned() throws Exception {
        TestClinic clinic = new TestClinic(TestDatabases.h2());
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            String noteId = clinic.note(TestClinic.CLIN);
            SavedSection saved = module.disclosures().save(TestClinic.CLIN, command(clinic, noteId, 0));
            assertThat(saved.flags()).extracting(f -> f.ruleId()).contains("motive", "discuss");

            Review submitted = module.reviews().submit(TestClinic.CLIN, noteId, 0);
            assertThat(submitted.flagRuleIds()).contains("motive", "discuss");
            assertThatThrownBy(() -> module.disclosures().save(TestClinic.CLIN, command(clinic, noteId, saved.version())))
                    .isInstanceOf(InvalidStateException.class).hasMessageContaining("can no longer change");

            Review started = module.reviews().startReview(TestClinic.SUP, noteId, submitted.version());
            Review returned = module.reviews().requestChanges(TestClinic.SUP, noteId, started.version(), "Say more about the motive.");
            assertThat(module.disclosures().save(TestClinic.CLIN, command(clinic, noteId, saved.version())).version())
                    .isEqualTo(saved.version() + 1);
            assertThat(returned.state().editable()).isTrue();
        }
    }

    private static SaveSection command(TestClinic clinic, String noteId, long expectedVersion) {
        ProgressNote note = clinic.noteOf(noteId);
        return new SaveSection(noteId, note.clientId(), note.clinicianId(), note.sessionDate(), expectedVersion, FLAGGED_ENTRY);
    }
}
