package org.casenotes.supervision.core.testing;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs two sessions' actions in a scripted order of steps, in the manner of PostgreSQL's
 * isolation tester: {@code A1} runs session A's action up to its commit (or until it waits on
 * a lock, or ends), {@code A2} lets it commit. A session waiting on a lock simply carries on
 * once the other session's step releases it.
 */
public final class TwoSessions {

    /** Every order of the four steps that keeps each session's own steps in order. */
    public static final List<String> PERMUTATIONS = List.of("A1 A2 B1 B2", "A1 B1 A2 B2", "A1 B1 B2 A2",
            "B1 A1 A2 B2", "B1 A1 B2 A2", "B1 B2 A1 A2");

    private static final long STEP_MILLIS = 300;

    /** What each session's action returned or threw. */
    public record Outcome(String permutation, Object a, Object b) {
    }

    private TwoSessions() {
    }

    /**
     * Runs the two actions in the given order of steps.
     *
     * @param gate the commit gate over the database both actions use
     * @param permutation one of {@link #PERMUTATIONS}
     * @param a session A's action
     * @param b session B's action
     * @return both outcomes; a runtime exception is returned, not thrown
     */
    public static Outcome run(CommitGate gate, String permutation, Callable<Object> a, Callable<Object> b)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Session[] sessions = {new Session(gate, a), new Session(gate, b)};
            for (String step : permutation.split(" ")) {
                Session session = sessions[step.charAt(0) - 'A'];
                if (step.charAt(1) == '1') {
                    session.result = pool.submit(session::call);
                    session.gate.awaitReached(STEP_MILLIS);
                } else {
                    session.gate.open();
                    try {
                        session.result.get(STEP_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException stillWaitingOnALock) {
                        // carries on when the other session's commit releases the lock
                    }
                }
            }
            return new Outcome(permutation, sessions[0].result.get(60, TimeUnit.SECONDS),
                    sessions[1].result.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    private static final class Session {
        private final CommitGate commits;
        private final Callable<Object> action;
        private final CommitGate.Gate gate = new CommitGate.Gate();
        private Future<Object> result;

        Session(CommitGate commits, Callable<Object> action) {
            this.commits = commits;
            this.action = action;
        }

        Object call() {
            commits.hold(gate);
            try {
                return action.call();
            } catch (Exception e) {
                return e;
            } finally {
                gate.reached();
                commits.release();
            }
        }
    }
}
