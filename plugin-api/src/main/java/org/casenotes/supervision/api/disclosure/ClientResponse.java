package org.casenotes.supervision.api.disclosure;

import java.util.Objects;

/**
 * How the client responded to a disclosure.
 *
 * @param text what the clinician observed, or {@code null}
 * @param rating the clinician's rating of the response
 */
public record ClientResponse(String text, ResponseRating rating) {

    /** Checks that the rating is present. */
    public ClientResponse {
        Objects.requireNonNull(rating, "rating");
    }
}
