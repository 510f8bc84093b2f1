package org.casenotes.supervision.core.packet;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casenotes.supervision.api.disclosure.DisclosureEntry;
import org.casenotes.supervision.api.disclosure.DisclosureType;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.disclosure.EntryLabels;

/**
 * Counts the summary figures while the notes are read, one note at a time, so they need no
 * second pass over the notes. One per export; not thread-safe.
 */
final class SummaryTally {

    private final Map<ReviewState, Long> byState = new EnumMap<>(ReviewState.class);
    private final Map<DisclosureType, Long> byType = new EnumMap<>(DisclosureType.class);
    private final Map<String, Long> byRule = new TreeMap<>();
    private final List<Duration> turnarounds = new ArrayList<>();
    private final LocalDate today;
    private long withDisclosures;
    private long overdue;
    private long changedAfterCoSign;

    SummaryTally(LocalDate today) {
        this.today = today;
    }

    void count(ReviewState state, Review review, List<DisclosureEntry> entries, List<Flag> flags,
            boolean changed) {
        byState.merge(state, 1L, Long::sum);
        if (changed) {
            changedAfterCoSign++;
        }
        if (!entries.isEmpty()) {
            withDisclosures++;
        }
        for (DisclosureEntry entry : entries) {
            byType.merge(entry.type(), 1L, Long::sum);
        }
        for (Flag flag : flags) {
            byRule.merge(flag.ruleId(), 1L, Long::sum);
        }
        if (review != null) {
            review.coSignature().filter(c -> review.submittedAt() != null)
                    .ifPresent(c -> turnarounds.add(Duration.between(review.submittedAt(), c.at())));
            if (review.overdueOn(today)) {
                overdue++;
            }
        }
    }

    Summary summary(PacketText text, EntryLabels labels) {
        List<Count> states = new ArrayList<>();
        byState.forEach((state, n) -> states.add(new Count(text.of("state", state), n)));
        List<Count> types = new ArrayList<>();
        byType.forEach((type, n) -> types.add(new Count(labels.option(type), n)));
        List<Count> rules = new ArrayList<>();
        byRule.forEach((rule, n) -> rules.add(new Count(RuleNames.of(rule, text.locale()), n)));
        return new Summary(states, withDisclosures, types, rules, median(), overdue,
                changedAfterCoSign);
    }

    private Duration median() {
        if (turnarounds.isEmpty()) {
            return null;
        }
        List<Duration> sorted = turnarounds.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
