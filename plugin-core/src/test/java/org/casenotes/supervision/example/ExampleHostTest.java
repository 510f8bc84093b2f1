package org.casenotes.supervision.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.SupervisionModuleProvider;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example host runs: start, a day of requests, shutdown. */
class ExampleHostTest {

    @Test
    void theExampleHostRunsTheWholeFlowAndItsModuleRefusesCallsAfterClose(@TempDir Path exports) {
        // A real host gets the provider from SupervisionPluginLoader; the plugin's own tests
        // make it directly.
        SupervisionModuleProvider provider = new SupervisionModuleFactory();
        ExampleHost host = ExamplePractice.host(TestDatabases.h2());
        SupervisionModule module = provider.create(host);

        Review submitted = ExamplePractice.submittedNote(host, module, "note-1");
        assertThat(module.reviews().queue(ExamplePractice.SUPERVISOR, QueueQuery.waiting(20)).items())
                .extracting(Review::noteId).containsExactly("note-1");
        Review coSigned = module.reviews().coSign(ExamplePractice.SUPERVISOR, "note-1", submitted.version());
        assertThat(coSigned.state()).isEqualTo(ReviewState.CO_SIGNED);
        assertThat(host.sentEvents()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(module.meetings().hours(ExamplePractice.SUPERVISOR, "clin", ExamplePractice.SESSION_DAY.minusDays(30),
                ExamplePractice.SESSION_DAY, ZoneOffset.UTC)).isNotNull();
        assertThat(module.packets().export(ExamplePractice.SUPERVISOR, PacketRequest.forPeriod(List.of("clin"),
                ExamplePractice.SESSION_DAY.minusDays(7), ExamplePractice.SESSION_DAY), PacketOptions.defaults(),
                exports.resolve("packet.pdf")).pages()).isPositive();

        module.close();
        module.close();

        assertThatThrownBy(() -> module.reviews().queue(ExamplePractice.SUPERVISOR, QueueQuery.waiting(20)))
                .isInstanceOf(InvalidStateException.class).hasFieldOrPropertyWithValue("code", "module.closed");
        assertThatThrownBy(module::schemaVersion).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> module.disclosures().load(ExamplePractice.CLINICIAN, "note-1"))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void theReadmesExampleSectionIsValid() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int marker = readme.indexOf("<!-- example-section -->");
        assertThat(marker).as("the README's example section marker").isPositive();
        int start = readme.indexOf("```json", marker) + "```json".length();
        String section = readme.substring(start, readme.indexOf("```", start));
        try (SupervisionModule module = new SupervisionModuleFactory().create(ExamplePractice.host(TestDatabases.h2()))) {
            assertThat(module.disclosures().validate(ExamplePractice.CLINICIAN, section).entries()).hasSize(1);
        }
    }
}
