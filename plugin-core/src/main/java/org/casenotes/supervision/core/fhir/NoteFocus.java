package org.casenotes.supervision.core.fhir;

import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Reference;

/**
 * The reference to the host's note: the host's own {@code DocumentReference/...} or
 * {@code Composition/...} when it supplies one through the SPI, else a logical reference by the
 * note's id. A malformed host reference is ignored rather than exported.
 */
final class NoteFocus {

    private static final Pattern HOST_REFERENCE =
            Pattern.compile("(DocumentReference|Composition)/[A-Za-z0-9\\-.]{1,64}");

    Reference note(NoteReview note) {
        Reference reference = new Reference()
                .setIdentifier(FhirNames.identifier(FhirNames.NOTE, note.noteId()));
        String host = note.hostReference().filter(r -> HOST_REFERENCE.matcher(r).matches()).orElse(null);
        if (host != null) {
            reference.setReference(host);
        } else {
            reference.setType("DocumentReference");
        }
        return reference;
    }
}
