package org.casenotes.supervision.core.fhir;

import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.core.packet.ClientCodes;
import org.hl7.fhir.r4.model.Reference;

/**
 * How a Bundle refers to a client: always by the pseudonymous client code, the one identifier
 * it carries; with the initials or the full name as the reference's display only in those
 * modes. In the CODED mode the host's client data is never asked for. Thread-safe.
 */
final class ClientNaming {

    private final IdentityMode mode;
    private final ClientCodes codes;
    private final NoteLookup notes;

    ClientNaming(IdentityMode mode, ClientCodes codes, NoteLookup notes) {
        this.mode = mode;
        this.codes = codes;
        this.notes = notes;
    }

    IdentityMode mode() {
        return mode;
    }

    Reference client(String organisationId, String clientId) {
        Reference reference = new Reference().setType("Patient")
                .setIdentifier(FhirNames.identifier(FhirNames.CLIENT_CODE, codes.code(organisationId, clientId)));
        if (mode != IdentityMode.CODED) {
            notes.client(organisationId, clientId).ifPresent(client -> reference.setDisplay(shown(client)));
        }
        return reference;
    }

    private String shown(ClientIdentity client) {
        return mode == IdentityMode.INITIALS ? client.initials()
                : (client.givenName().strip() + " " + client.familyName().strip()).strip();
    }
}
