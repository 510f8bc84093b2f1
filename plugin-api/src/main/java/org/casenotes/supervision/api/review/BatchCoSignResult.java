package org.casenotes.supervision.api.review;

import java.util.List;

/**
 * The answer to a batch co-sign. A batch is all-or-nothing: when any note is refused, no note
 * is co-signed, and every note's outcome says whether it passed its checks.
 *
 * @param committed {@code true} when every note was co-signed
 * @param outcomes one outcome per requested note, in request order
 */
public record BatchCoSignResult(boolean committed, List<BatchOutcome> outcomes) {

    /** Copies the outcomes. */
    public BatchCoSignResult {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * The refused notes.
     *
     * @return the outcomes that were refused, in request order
     */
    public List<BatchOutcome> refused() {
        return outcomes.stream().filter(o -> !o.accepted()).toList();
    }
}
