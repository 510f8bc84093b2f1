package org.casenotes.supervision.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.audit.AuditQuery;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.licensure.LicensureRecords;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.casenotes.supervision.example.ExampleHost;
import org.casenotes.supervision.example.ExamplePractice;
import org.junit.jupiter.api.Test;

/**
 * A module builds each feature when a host first asks for it (so creating a module stays
 * cheap), and that changes nothing a host can see: one feature object per module whatever the
 * threads, features never used before close refuse after it, and what must be refused at
 * creation still is.
 */
class ModuleFeaturesTest {

    private static final String TEXAS = "us-tx-lpc-associate";

    @Test
    void eachFeatureIsOneObjectPerModuleWhateverTheThreadThatAsksFirst() throws Exception {
        List<Function<SupervisionModule, Object>> features = List.of(SupervisionModule::reviews,
                SupervisionModule::meetings, SupervisionModule::packets, SupervisionModule::vocabulary,
                SupervisionModule::fhir, SupervisionModule::billing, SupervisionModule::signatures,
                SupervisionModule::licensure, SupervisionModule::audit, SupervisionModule::disclosures,
                SupervisionModule::policies);
        try (SupervisionModule module = new SupervisionModuleFactory().create(ExamplePractice.host(TestDatabases.h2()))) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (Function<SupervisionModule, Object> feature : features) {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Object>> answers = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        answers.add(pool.submit((Callable<Object>) () -> {
                            start.await();
                            return feature.apply(module);
                        }));
                    }
                    start.countDown();
                    Object first = answers.get(0).get(30, TimeUnit.SECONDS);
                    for (Future<Object> answer : answers) {
                        assertThat(answer.get(30, TimeUnit.SECONDS)).isSameAs(first);
                    }
                    assertThat(feature.apply(module)).isSameAs(first);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void featuresNeverUsedBeforeCloseRefuseEveryCallAfterIt() {
        SupervisionModule module = new SupervisionModuleFactory().create(ExamplePractice.host(TestDatabases.h2()));
        module.close();

        List<ThrowingCallable> firstCalls = List.of(
                () -> module.licensure().rulePacks(),
                () -> module.fhir().questionnaire(Locale.ENGLISH),
                () -> module.billing().readiness(ExamplePractice.SUPERVISOR, "note-1"),
                () -> module.signatures().ofNote(ExamplePractice.SUPERVISOR, "note-1"),
                () -> module.vocabulary().locales(),
                () -> module.policies().defaultsJson(),
                () -> module.audit().report(ExamplePractice.ADMIN, AuditQuery.period(java.time.Instant.parse("2026-01-01T00:00:00Z"),
                        java.time.Instant.parse("2026-04-01T00:00:00Z"))),
                () -> module.meetings().hours(ExamplePractice.SUPERVISOR, "clin", LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 3, 9), ZoneOffset.UTC),
                () -> module.packets().export(ExamplePractice.SUPERVISOR,
                        PacketRequest.forPeriod(List.of("clin"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9)),
                        PacketOptions.defaults(), Path.of("never-written.pdf")),
                () -> module.disclosures().formSchema(Locale.ENGLISH),
                () -> module.reviews().review(ExamplePractice.SUPERVISOR, "note-1"));
        for (ThrowingCallable call : firstCalls) {
            try {
                call.call();
            } catch (Throwable e) {
                assertThat(e).isInstanceOfSatisfying(InvalidStateException.class,
                        closed -> assertThat(closed.code()).isEqualTo("module.closed"));
                continue;
            }
            throw new AssertionError("a call after close was answered");
        }
    }

    @Test
    void aHostsBadRulePackIsStillRefusedAtCreationWithItsFieldPath() throws IOException {
        String pack = builtInPack(TEXAS).replace("\"id\": \"" + TEXAS + "\"", "\"id\": \"Texas!\"");
        ExampleHost host = ExamplePractice.host(TestDatabases.h2()).licensure(new LicensureRecords() {
            @Override
            public List<String> extraRulePacks() {
                return List.of(pack);
            }
        });

        assertThatThrownBy(() -> new SupervisionModuleFactory().create(host)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::path)
                        .contains("/extraRulePacks/0/id"));
    }

    private static String builtInPack(String id) throws IOException {
        try (InputStream in = ModuleFeaturesTest.class.getResourceAsStream(
                "/org/casenotes/supervision/core/licensure/packs/" + id + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
