package org.casenotes.supervision.api.signature;

import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;

/**
 * The electronic signatures of notes and meetings. Whoever may read the note's review or the
 * meeting may read its signatures; others get
 * {@link org.casenotes.supervision.api.error.ForbiddenException}, unknown ids
 * {@link org.casenotes.supervision.api.error.NotFoundException}. Thread-safe.
 */
public interface Signatures {

    /**
     * A note's co-signature and its addenda's, oldest first.
     *
     * @param actor the reader
     * @param noteId the note
     * @return the signatures, empty while nothing is co-signed
     */
    List<Signature> ofNote(Actor actor, String noteId);

    /**
     * A meeting's signature.
     *
     * @param actor the reader
     * @param meetingId the meeting
     * @return the signature, or empty while the meeting is not signed
     */
    Optional<Signature> ofMeeting(Actor actor, String meetingId);
}
