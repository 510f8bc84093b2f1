package org.casenotes.supervision.core.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
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
        module = new SupervisionModuleFactory().create(host.context());
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

    /** The name of every method of HostContext, found by reflection, so one added later is tried too. */
    static Stream<String> hostContextMethods() {
        return FaultyHost.accessors().map(Method::getName);
    }

    @Test
    void everyHostContextMethodIsNamedByOneHostPartAndEveryPartByOneMethod() {
        assertThat(hostContextMethods())
                .containsExactlyInAnyOrderElementsOf(Stream.of(HostPart.values()).map(HostPart::methodName).toList());
    }

    @ParameterizedTest(name = "create() with the host''s {0}() accessor broken")
    @MethodSource("hostContextMethods")
    void createReportsABrokenAccessorAsHostFailureNamingIt(String accessor) {
        HostPart part = FaultyHost.partOf(accessor);
        FaultyHost broken = new FaultyHost(ExamplePractice.host(TestDatabases.h2()));
        broken.breakAccessorOf(part);

        assertThatThrownBy(() -> new SupervisionModuleFactory().create(broken.context()))
                .isInstanceOf(HostFailureException.class).hasCauseInstanceOf(FaultyHost.HostBug.class)
                .hasFieldOrPropertyWithValue("part", part);
    }

    /**
     * For each host part but the event listener, a public operation that calls into it: create()
     * for the parts it reads and checks (the audit keys, the packet font list), a feature's
     * operation for the rest.
     */
    private static final Map<HostPart, Consumer<Review>> USES = Map.of(
            HostPart.DATA_SOURCE, review -> OPERATIONS.get("coSign").accept(module, review),
            HostPart.CLOCK, review -> OPERATIONS.get("coSign").accept(module, review),
            HostPart.DIRECTORY, review -> OPERATIONS.get("coSign").accept(module, review),
            HostPart.NOTES, review -> OPERATIONS.get("packet export").accept(module, review),
            HostPart.POLICIES, review -> module.policies().current(
                    Actor.of("admin", "org-new-" + NOTES.incrementAndGet(), Role.ADMIN)),
            HostPart.AUDIT_SECRETS, review -> createOverABrokenHost(HostPart.AUDIT_SECRETS),
            HostPart.PACKET_FONTS, review -> createOverABrokenHost(HostPart.PACKET_FONTS),
            HostPart.LICENSURE, review -> module.licensure().check(ExamplePractice.SUPERVISOR, "clin", "sup",
                    ExamplePractice.SESSION_DAY.minusDays(30), ExamplePractice.SESSION_DAY, ZoneOffset.UTC,
                    Locale.ENGLISH),
            HostPart.BILLING, review -> module.billing().readiness(ExamplePractice.SUPERVISOR, review.noteId()));

    private static void createOverABrokenHost(HostPart part) {
        FaultyHost broken = new FaultyHost(ExamplePractice.host(TestDatabases.h2()));
        broken.breakCallsInto(part);
        try {
            new SupervisionModuleFactory().create(broken.context()).close();
        } finally {
            assertThat(broken.brokenCalls()).as("calls into the broken " + part).isPositive();
        }
    }

    @ParameterizedTest(name = "the operation that uses the host''s {0}() reports it broken")
    @MethodSource("hostContextMethods")
    void everyHostPartThatThrowsFailsTheOperationUsingItWithHostFailureNamingIt(String accessor) {
        HostPart part = FaultyHost.partOf(accessor);
        if (part == HostPart.EVENTS) {
            aBrokenEventListenerLeavesTheEventsPendingAndFailsNoOperation();
            return;
        }
        assertThat(USES).as("an operation that calls into HostContext." + accessor + "()")
                .containsKey(part);
        Review submitted = ExamplePractice.submittedNote(example, module, "note-" + NOTES.incrementAndGet());
        int before = host.brokenCalls();
        host.breakCallsInto(part);
        Throwable thrown;
        try {
            thrown = catchThrowable(() -> USES.get(part).accept(submitted));
        } finally {
            host.breakCallsInto(null);
        }
        assertThat(thrown).isInstanceOf(HostFailureException.class)
                .hasCauseInstanceOf(FaultyHost.HostBug.class)
                .hasFieldOrPropertyWithValue("code", "host.failure")
                .hasFieldOrPropertyWithValue("part", part);
        assertThat(thrown.getCause()).hasMessageContaining(part.methodName());
        if (!part.equals(HostPart.AUDIT_SECRETS) && !part.equals(HostPart.PACKET_FONTS)) {
            assertThat(host.brokenCalls()).as("calls into the broken " + part).isGreaterThan(before);
        }
    }

    /**
     * The event listener is the one part whose failure does not fail the operation: events go
     * out after the action committed, so a listener that throws leaves them pending for the
     * next delivery (logged), and neither the action nor the delivery throws.
     */
    private static void aBrokenEventListenerLeavesTheEventsPendingAndFailsNoOperation() {
        Review submitted = ExamplePractice.submittedNote(example, module, "note-" + NOTES.incrementAndGet());
        module.deliverPendingEvents();
        int before = host.brokenCalls();
        host.breakCallsInto(HostPart.EVENTS);
        int deliveredWhileBroken;
        try {
            OPERATIONS.get("coSign").accept(module, submitted);
            deliveredWhileBroken = module.deliverPendingEvents();
        } finally {
            host.breakCallsInto(null);
        }
        assertThat(host.brokenCalls()).isGreaterThan(before);
        assertThat(deliveredWhileBroken).isZero();
        assertThat(module.deliverPendingEvents()).isPositive();
    }

    @Test
    void createReportsADataSourceThatThrowsAsHostFailure() {
        FaultyHost broken = new FaultyHost(ExamplePractice.host(TestDatabases.h2()));
        broken.breakCallsInto(HostPart.DATA_SOURCE);

        assertThatThrownBy(() -> new SupervisionModuleFactory().create(broken.context()))
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
