package org.casenotes.supervision.core.audit;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where a module takes its automatic anchors: one background thread of its own, started when an
 * anchor falls due and ended after {@value #IDLE_SECONDS} s without one, so the request whose
 * append was the N-th does not pay for walking the events since the last anchor, signing and
 * checking the previous signature (about a fifth of a review cycle's time on H2 when it did).
 *
 * <p>At most one anchor waits at a time: one that is queued behind a running anchor reads the
 * heads when it starts, so it covers every event appended until then, and further requests
 * meanwhile add nothing. {@link #close()} lets the running and the queued anchor finish before
 * it returns, so no due anchor is dropped at shutdown and none runs after the host has closed
 * its database. Thread-safe.
 */
final class AnchorThread implements AutoCloseable {

    static final int IDLE_SECONDS = 30;
    /** How long {@link #close()} waits for the running and queued anchors. */
    static final int CLOSE_WAIT_SECONDS = 60;

    private final Runnable anchor;
    private final ThreadPoolExecutor executor;
    private final AtomicBoolean queued = new AtomicBoolean();
    /** The threads the executor started and that may not have ended yet: joined by {@link #close()}. */
    private final java.util.Set<Thread> started = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param anchor takes one anchor; must not throw (refusals are logged by {@link Anchors#takeQuietly})
     */
    AnchorThread(Runnable anchor) {
        this.anchor = anchor;
        this.executor = new ThreadPoolExecutor(0, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "supervision-audit-anchor");
                    thread.setDaemon(true);
                    started.removeIf(t -> !t.isAlive());
                    started.add(thread);
                    return thread;
                });
    }

    /**
     * Asks for an anchor, unless one is already queued. After {@link #close()} the caller takes
     * it itself, so a request that races with shutdown is not lost either.
     */
    void request() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                queued.set(false);
                anchor.run();
            });
        } catch (RejectedExecutionException closed) {
            queued.set(false);
            anchor.run();
        }
    }

    /**
     * Stops taking requests and waits up to {@value #CLOSE_WAIT_SECONDS} s for the running and
     * queued anchors and for the anchor thread to end, so that nothing of the module's keeps
     * running (or keeps its class loader) once it is closed; an interrupted wait keeps the
     * thread's interrupt flag set.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLOSE_WAIT_SECONDS);
            executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            for (Thread thread : started) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
