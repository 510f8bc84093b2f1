package org.casenotes.supervision.core.disclosure;

import java.util.List;
import org.casenotes.supervision.api.disclosure.Flag;

/**
 * A note's self-disclosure section as the review workflow snapshots it at submission.
 *
 * @param canonicalJson the section in the stable wire format, byte-for-byte reproducible, so
 *     its hash identifies the content
 * @param flags the flags computed for it
 * @param policyVersion the policy version the flags were computed with
 * @param discussInSupervision whether the clinician asked to discuss any entry in supervision
 * @param clientId the client the note is about
 * @param sessionDate the session date, ISO-8601
 */
public record SectionSnapshot(String canonicalJson, List<Flag> flags, int policyVersion,
        boolean discussInSupervision, String clientId, String sessionDate) {

    /** Copies the flags. */
    public SectionSnapshot {
        flags = List.copyOf(flags);
    }
}
