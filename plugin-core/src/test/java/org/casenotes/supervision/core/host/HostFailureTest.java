package org.casenotes.supervision.core.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.error.HostFailureException;
import org.casenotes.supervision.api.error.HostPart;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.casenotes.supervision.example.ExampleHost;
import org.casenotes.supervision.example.ExamplePractice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever host part throws, in create() or in an operation, the host gets a {@link
 * HostFailureException} naming that part with the host's exception as cause, never the raw
 * exception. Each operation is tried with each part broken in turn.
 */
class HostFailureTest {

    private static final AtomicInteger NOTES = new AtomicInteger();
    private static ExampleHost example;
    private static FaultyHost host;
    private static SupervisionModule module;

    @TempDir
    static Path exports;

    @BeforeAll
    static void openModule() {
        example = ExamplePractice.host(TestDatabases.h2());
        host = new FaultyHost(example);
        module = new SupervisionModuleFactory().create(host);
    }

    @AfterAll
    static void closeModule() {
        module.close();
    }

    /** The operations of issue 15's list, each on a freshly submitted note. */
    private static final Map<String, BiConsumer<SupervisionModule, Review>> OPERATIONS = Map.of(
            "coSign", (m, review) -> m.reviews().coSign(ExamplePractice.SUPERVISOR, review.noteId(), review.version()),
            "queue", (m, review) -> m.reviews().queue(ExamplePractice.SUPERVISOR, QueueQuery.waiting(20)),
            "packet export", (m, review) -> m.packets().export(ExamplePractice.SUPERVISOR,
                    PacketRequest.forPeriod(List.of("clin"), ExamplePractice.SESSION_DAY, ExamplePractice.SESSION_DAY),
                    PacketOptions.defaults(), exports.resolve(review.noteId() + ".pdf")),
            "hours", (m, review) -> m.meetings().hours(ExamplePractice.SUPERVISOR, "clin",
                    ExamplePractice.SESSION_DAY.minusDays(30), ExamplePractice.SESSION_DAY, ZoneOffset.UTC));

    static Stream<Arguments> operationsAndParts() {
        return OPERATIONS.keySet().stream().sorted()
                .flatMap(op -> Stream.of(HostPart.values()).map(part -> Arguments.of(op, part)));
    }

    @ParameterizedTest(name = "{0} with the host''s {1} broken")
    @MethodSource("operationsAndParts")
    void anOperationReportsABrokenHostPartAsHostFailureNamingIt(String operation, HostPart part) {
        Review submitted = ExamplePractice.submittedNote(example, module, "note-" + NOTES.incrementAndGet());
        host.breakCallsInto(part);
        Throwable thrown;
        try {
            thrown = catchThrowable(() -> OPERATIONS.get(operation).accept(module, submitted));
        } finally {
            host.breakCallsInto(null);
        }
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(HostFailureException.class)
                    .hasCauseInstanceOf(FaultyHost.HostBug.class)
                    .hasFieldOrPropertyWithValue("code", "host.failure");
            assertThat(((HostFailureException) thrown).part()).isEqualTo(part);
        }
    }

    @Test
    void everyOperationOfTheListReportsABrokenDataSource() {
        for (String operation : OPERATIONS.keySet()) {
            Set<HostPart> reported = EnumSet.noneOf(HostPart.class);
            for (HostPart part : List.of(HostPart.DATA_SOURCE, HostPart.CLOCK)) {
                Review submitted = ExamplePractice.submittedNote(example, module, "note-" + NOTES.incrementAndGet());
                host.breakCallsInto(part);
                try {
                    Throwable thrown = catchThrowable(() -> OPERATIONS.get(operation).accept(module, submitted));
                    if (thrown instanceof HostFailureException failure && failure.part() == part) {
                        reported.add(part);
                    }
                } finally {
                    host.breakCallsInto(null);
                }
            }
            assertThat(reported).as(operation).contains(HostPart.DATA_SOURCE);
        }
    }

    @ParameterizedTest(name = "create() with the host''s {0}() accessor broken")
    @EnumSource(HostPart.class)
    void createReportsABrokenAccessorAsHostFailureNamingIt(HostPart part) {
        FaultyHost broken = new FaultyHost(ExamplePractice.host(TestDatabases.h2()));
        broken.breakAccessorOf(part);

        assertThatThrownBy(() -> new SupervisionModuleFactory().create(broken))
                .isInstanceOf(HostFailureException.class).hasCauseInstanceOf(FaultyHost.HostBug.class)
                .hasFieldOrPropertyWithValue("part", part);
    }

    @Test
    void createReportsADataSourceThatThrowsAsHostFailure() {
        FaultyHost broken = new FaultyHost(ExamplePractice.host(TestDatabases.h2()));
        broken.breakCallsInto(HostPart.DATA_SOURCE);

        assertThatThrownBy(() -> new SupervisionModuleFactory().create(broken))
                .isInstanceOf(HostFailureException.class).hasCauseInstanceOf(FaultyHost.HostBug.class)
                .hasFieldOrPropertyWithValue("part", HostPart.DATA_SOURCE);
    }

    @Test
    void aHostFailureMessageNamesThePartButNotTheHostsMessage() throws Exception {
        HostFailureException failure = new HostFailureException(HostPart.NOTES, new IllegalStateException("Jordan Lee"));
        assertThat(failure.getMessage()).contains("notes()").doesNotContain("Jordan");
        assertThat(Files.exists(exports)).isTrue();
    }
}
