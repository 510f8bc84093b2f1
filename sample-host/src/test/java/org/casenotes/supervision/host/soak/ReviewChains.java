package org.casenotes.supervision.host.soak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** Checks a note's review history as {@code GET /api/notes/{id}} shows it. */
final class ReviewChains {

    /** Every move the review workflow allows, as {@code FROM>TO}. */
    static final Set<String> ALLOWED = Set.of("DRAFT>SUBMITTED", "SUBMITTED>IN_REVIEW", "SUBMITTED>WITHDRAWN",
            "SUBMITTED>CO_SIGNED", "IN_REVIEW>CHANGES_REQUESTED", "IN_REVIEW>CO_SIGNED", "CHANGES_REQUESTED>SUBMITTED",
            "WITHDRAWN>SUBMITTED");

    private ReviewChains() {
    }

    /**
     * Asserts the history is one unbroken chain of allowed moves, without repeated entries,
     * with exactly as many entries as transitions were acknowledged to clients.
     */
    static void assertValid(String noteId, JsonNode history, long acknowledged) {
        String state = "DRAFT";
        Set<String> seen = new HashSet<>();
        int coSigned = 0;
        for (JsonNode entry : history) {
            String from = entry.get("from").isNull() ? "DRAFT" : entry.get("from").asText();
            String to = entry.get("to").asText();
            assertThat(from).as("history of " + noteId + " continues from the previous state").isEqualTo(state);
            assertThat(ALLOWED).as("move of " + noteId).contains(from + ">" + to);
            assertThat(seen.add(entry.toString())).as("entry repeated in " + noteId + ": " + entry).isTrue();
            coSigned += to.equals("CO_SIGNED") ? 1 : 0;
            state = to;
        }
        assertThat(coSigned).as("co-signs in the history of " + noteId).isLessThanOrEqualTo(1);
        assertThat((long) history.size()).as("history entries of " + noteId + " vs acknowledged transitions")
                .isEqualTo(acknowledged);
    }
}
