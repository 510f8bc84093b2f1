package org.casenotes.supervision.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A module part made on first use is made once, whoever asks first and however many at once. */
class LazyTest {

    private static final int THREADS = 8;

    @Test
    void manyThreadsAskingAtOnceGetOneValueMadeOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch allMaking = new CountDownLatch(THREADS);
        Lazy<Object> lazy = new Lazy<>(() -> {
            made.incrementAndGet();
            allMaking.countDown();
            try {
                // Without the lock every thread would be here at once; with it, the first one
                // waits in vain for the others and goes on after the timeout.
                allMaking.await(300, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Object();
        });
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> asked = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                asked.add(pool.submit(() -> {
                    start.await();
                    return lazy.get();
                }));
            }
            start.countDown();
            Object first = asked.get(0).get(10, TimeUnit.SECONDS);
            for (Future<Object> answer : asked) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(made).hasValue(1);
        assertThat(lazy.made()).isTrue();
    }

    @Test
    void nothingIsKeptWhenMakingFailsAndTheNextCallTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first attempt fails");
            }
            return "made";
        });

        assertThat(lazy.made()).isFalse();
        assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class);
        assertThat(lazy.made()).isFalse();
        assertThat(lazy.get()).isEqualTo("made");
        assertThat(lazy.get()).isEqualTo("made");
        assertThat(calls).hasValue(2);
    }
}
