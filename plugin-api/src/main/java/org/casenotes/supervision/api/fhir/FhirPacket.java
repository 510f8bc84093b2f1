package org.casenotes.supervision.api.fhir;

import java.util.Objects;
import org.casenotes.supervision.api.packet.PacketResult;

/**
 * A packet exported together with its FHIR Bundle.
 *
 * @param packet what the packet export wrote
 * @param bundle the FHIR R4 Bundle as JSON text: the packet's DocumentReference, and the
 *     Tasks, Provenances and QuestionnaireResponses of the notes it contains
 */
public record FhirPacket(PacketResult packet, String bundle) {

    /** Checks that nothing is null. */
    public FhirPacket {
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(bundle, "bundle");
    }
}
