package org.casenotes.supervision.host.soak;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.casenotes.supervision.host.testing.ApiClient.Answer;

/**
 * What the soak clients sent and what was acknowledged: status counts, and per note every
 * acknowledged (2xx) review action, the yardstick the final state is checked against.
 */
final class SoakLedger {

    /** The review actions that move a note to another state and so add one history entry. */
    static final Set<String> TRANSITIONS = Set.of("submit", "start", "request-changes", "co-sign");

    private final ConcurrentMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConcurrentMap<String, AtomicLong>> acked = new ConcurrentHashMap<>();
    private final AtomicLong unanswered = new AtomicLong();

    /** Counts an answer. */
    Answer count(Answer answer) {
        statuses.computeIfAbsent(answer.status(), s -> new AtomicLong()).incrementAndGet();
        return answer;
    }

    void unanswered() {
        unanswered.incrementAndGet();
    }

    /** Records an acknowledged action on a note. */
    void ack(String noteId, String action) {
        acked.computeIfAbsent(noteId, n -> new ConcurrentHashMap<>()).computeIfAbsent(action, a -> new AtomicLong())
                .incrementAndGet();
    }

    /** Records the acknowledged co-sign of every note of a committed batch. */
    void ackBatch(List<String> noteIds) {
        noteIds.forEach(id -> ack(id, "co-sign"));
        ack("(batch)", "committed");
    }

    long acked(String noteId, String action) {
        Map<String, AtomicLong> actions = acked.getOrDefault(noteId, new ConcurrentHashMap<>());
        return actions.getOrDefault(action, new AtomicLong()).get();
    }

    long ackedTransitions(String noteId) {
        return TRANSITIONS.stream().mapToLong(a -> acked(noteId, a)).sum();
    }

    long total(String action) {
        return acked.entrySet().stream().filter(e -> !e.getKey().equals("(batch)"))
                .mapToLong(e -> e.getValue().getOrDefault(action, new AtomicLong()).get()).sum();
    }

    long batchesCommitted() {
        return acked("(batch)", "committed");
    }

    long requests() {
        return statuses.values().stream().mapToLong(AtomicLong::get).sum() + unanswered.get();
    }

    long withStatus(int from, int to) {
        return statuses.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() <= to)
                .mapToLong(e -> e.getValue().get()).sum();
    }

    long unansweredCount() {
        return unanswered.get();
    }

    Map<Integer, AtomicLong> statuses() {
        return new java.util.TreeMap<>(statuses);
    }
}
