package org.casenotes.supervision.api.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;

/**
 * A page of a supervisor's review queue, sorted by due date and then note id.
 *
 * @param superviseeId only this clinician's notes, or {@code null} for every current supervisee
 * @param states only notes in these states; empty means SUBMITTED and IN_REVIEW
 * @param flagged {@code TRUE} for flagged notes only, {@code FALSE} for unflagged only,
 *     {@code null} for both
 * @param overdueOnly only notes whose due date has passed
 * @param pageSize how many notes per page, 1 to {@value #MAX_PAGE_SIZE}
 * @param after the cursor of the previous page ({@link Page#nextCursor()}), or {@code null}
 *     for the first page
 */
public record QueueQuery(String superviseeId, Set<ReviewState> states, Boolean flagged,
        boolean overdueOnly, int pageSize, String after) {

    /** The largest page a query may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * Validates the query and fills in the default states.
     *
     * @throws ValidationException when the page size is out of range or a state is DRAFT
     *     (drafts are never in a queue)
     */
    public QueueQuery {
        List<FieldProblem> problems = new ArrayList<>();
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("/pageSize", "out-of-range", "ask for 1 to " + MAX_PAGE_SIZE + " notes per page"));
        }
        states = states == null || states.isEmpty()
                ? EnumSet.of(ReviewState.SUBMITTED, ReviewState.IN_REVIEW) : EnumSet.copyOf(states);
        if (states.contains(ReviewState.DRAFT)) {
            problems.add(new FieldProblem("/states", "not-allowed", "drafts are not in any review queue"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        states = Set.copyOf(states);
    }

    /**
     * The first page of everything waiting for the supervisor.
     *
     * @param pageSize notes per page
     * @return the query
     */
    public static QueueQuery waiting(int pageSize) {
        return new QueueQuery(null, Set.of(), null, false, pageSize, null);
    }

    /**
     * The same query for the page after a cursor.
     *
     * @param cursor the previous page's next cursor
     * @return the query for the next page
     */
    public QueueQuery next(String cursor) {
        return new QueueQuery(superviseeId, states, flagged, overdueOnly, pageSize, cursor);
    }
}
