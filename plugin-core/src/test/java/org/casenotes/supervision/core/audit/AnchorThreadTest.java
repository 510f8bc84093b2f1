package org.casenotes.supervision.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.casenotes.supervision.api.audit.CheckpointSink;
import org.casenotes.supervision.core.storage.Migrations;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.testing.TestAuditSecrets;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The module's automatic anchors on their own thread: taken off the appender's thread, one
 * queued at most, none lost at close, and taken by the caller once the thread is closed.
 */
class AnchorThreadTest {

    private static final int EVERY = 5;

    @Test
    void anAutomaticAnchorIsTakenOffTheAppendersThreadAndCloseWaitsForIt() {
        Recorded sink = new Recorded(null);
        AuditFeature feature = feature(sink);

        appendEvents(feature, EVERY);
        feature.close();

        assertThat(sink.writes).extracting(Write::sequence).containsExactly((long) EVERY);
        assertThat(sink.writes).extracting(Write::thread).extracting(Thread::getName)
                .containsExactly("supervision-audit-anchor");
        assertThat(sink.writes.get(0).thread().isAlive()).as("the anchor thread outlives close").isFalse();
    }

    @Test
    void anAnchorQueuedBehindARunningOneCoversEveryEventAppendedMeanwhileAndFurtherRequestsAddNone()
            throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Recorded sink = new Recorded(release);
        AuditFeature feature = feature(sink);

        appendEvents(feature, EVERY);
        assertThat(sink.firstWriteEntered.await(30, TimeUnit.SECONDS)).as("the first anchor is being written").isTrue();
        appendEvents(feature, 3 * EVERY); // due at 10, 15 and 20 while the first is held: one queued
        release.countDown();
        feature.close();

        assertThat(sink.writes).extracting(Write::sequence).containsExactly((long) EVERY, 4L * EVERY);
        assertThat(sink.latestAsked.get()).as("anchors taken (each asks the sink for the latest first)").isEqualTo(2);
        assertThat(feature.log().verify(AuditChainContract.ADMIN).intact()).isTrue();
    }

    @Test
    void everyAnchorDueAfterCloseIsTakenByTheAppenderItself() {
        Recorded sink = new Recorded(null);
        AuditFeature feature = feature(sink);
        feature.close();

        appendEvents(feature, 2 * EVERY);

        assertThat(sink.writes).extracting(Write::thread).containsOnly(Thread.currentThread());
        assertThat(sink.writes).extracting(Write::sequence).containsExactly((long) EVERY, 2L * EVERY);
    }

    private Transactions transactions;

    private AuditFeature feature(Recorded sink) {
        DataSource database = TestDatabases.h2();
        Migrations.migrate(database);
        transactions = new Transactions(database);
        return AuditFeature.create(transactions, new Secrets(TestAuditSecrets.fresh(), sink),
                Clock.fixed(AuditFixture.NOW, ZoneOffset.UTC), EVERY, true);
    }

    private void appendEvents(AuditFeature feature, int count) {
        for (int i = 0; i < count; i++) {
            transactions.inTransaction("record an audit event", tx -> {
                feature.trail().append(tx, new AuditEntry(AuditFixture.START, "org-a", "user-1", null,
                        AuditAction.READ, "review", "note", "note-1", null, null, null, null));
                return null;
            });
        }
    }

    private record Write(long sequence, Thread thread) {
    }

    /** A sink that records who wrote each anchor, and can hold the first write until released. */
    private static final class Recorded implements CheckpointSink {

        final List<Write> writes = new CopyOnWriteArrayList<>();
        final List<Checkpoint> stored = new CopyOnWriteArrayList<>();
        final CountDownLatch firstWriteEntered = new CountDownLatch(1);
        final java.util.concurrent.atomic.AtomicInteger latestAsked = new java.util.concurrent.atomic.AtomicInteger();
        private final CountDownLatch release;

        Recorded(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public void write(Checkpoint checkpoint) {
            firstWriteEntered.countDown();
            if (release != null) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            stored.add(checkpoint);
            writes.add(new Write(checkpoint.sequence(), Thread.currentThread()));
        }

        @Override
        public Optional<Checkpoint> latest() {
            latestAsked.incrementAndGet();
            return stored.isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1));
        }
    }

    private record Secrets(TestAuditSecrets keys, CheckpointSink checkpoints) implements AuditSecrets {

        @Override
        public SecretKey hmacKey() {
            return keys.hmacKey();
        }

        @Override
        public PrivateKey checkpointSigningKey() {
            return keys.checkpointSigningKey();
        }

        @Override
        public PublicKey checkpointVerifyingKey() {
            return keys.checkpointVerifyingKey();
        }
    }
}
