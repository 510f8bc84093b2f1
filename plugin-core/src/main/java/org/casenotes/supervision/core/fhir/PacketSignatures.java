package org.casenotes.supervision.core.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.core.packet.pdf.SignatureContents;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Signature;

/**
 * A signed packet's CMS signature as a Provenance of its DocumentReference: the detached
 * CMS (PKCS #7) bytes read back from the PDF's signature dictionary, as an Author's Signature
 * of the exporting supervisor.
 */
final class PacketSignatures {

    private static final String AUTHOR_SIGNATURE = "1.2.840.10065.1.12.1.1";

    private PacketSignatures() {
    }

    static Optional<BundleEntry> provenance(String organisationId, PacketResult packet, PacketOptions options,
            String documentUrl, Reference supervisor, java.time.Instant at) {
        if (options.signing().isEmpty()) {
            return Optional.empty();
        }
        byte[] file;
        byte[] cms;
        try {
            file = Files.readAllBytes(packet.path());
            Optional<byte[]> found = SignatureContents.lastSignature(file, options.password().orElse(""));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            cms = found.get();
        } catch (IOException e) {
            throw new StorageUnavailableException("the signed packet cannot be read back", e);
        }
        Provenance provenance = new Provenance();
        provenance.addTarget(new Reference(documentUrl));
        provenance.setRecorded(java.util.Date.from(at));
        provenance.addAgent().setType(new CodeableConcept(new Coding(FhirNames.PROVENANCE_PARTICIPANT, "author",
                "Author"))).setWho(supervisor);
        Signature signature = provenance.addSignature();
        signature.addType(new Coding(FhirNames.SIGNATURE_TYPE, AUTHOR_SIGNATURE, "Author's Signature"));
        signature.setWhen(provenance.getRecorded()).setWho(supervisor);
        signature.setSigFormat("application/pkcs7-signature").setData(cms);
        return Optional.of(new BundleEntry(FhirNames.fullUrl(organisationId, "packet-signature", packet.sha256()),
                provenance, null));
    }
}
