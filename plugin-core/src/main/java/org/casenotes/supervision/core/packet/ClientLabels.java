package org.casenotes.supervision.core.packet;

import java.util.HashMap;
import java.util.Map;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.packet.IdentityMode;

/**
 * How one packet names its clients. In the CODED mode the host's client data is never asked
 * for; in the other modes a client the host does not know falls back to the code. One
 * instance per export: not thread-safe.
 */
final class ClientLabels {

    private final IdentityMode mode;
    private final String organisationId;
    private final ClientCodes codes;
    private final NoteLookup host;
    private final Map<String, String> labels = new HashMap<>();

    ClientLabels(IdentityMode mode, String organisationId, ClientCodes codes, NoteLookup host) {
        this.mode = mode;
        this.organisationId = organisationId;
        this.codes = codes;
        this.host = host;
    }

    String label(String clientId) {
        return labels.computeIfAbsent(clientId, this::resolve);
    }

    boolean coded() {
        return mode == IdentityMode.CODED;
    }

    private String resolve(String clientId) {
        String code = codes.code(organisationId, clientId);
        if (mode == IdentityMode.CODED) {
            return code;
        }
        return host.client(organisationId, clientId).map(client -> named(client)).orElse(code);
    }

    private String named(ClientIdentity client) {
        return mode == IdentityMode.INITIALS ? client.initials()
                : (client.givenName().strip() + " " + client.familyName().strip()).strip();
    }
}
