package org.casenotes.supervision.api.review;

import java.util.List;
import java.util.Optional;

/**
 * One page of a keyset-paged list.
 *
 * @param items the items of this page, in order
 * @param nextCursor an opaque cursor for the next page, or {@code null} when this is the last
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextCursor) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * The cursor for the next page.
     *
     * @return the cursor, or empty when there is no further page
     */
    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
