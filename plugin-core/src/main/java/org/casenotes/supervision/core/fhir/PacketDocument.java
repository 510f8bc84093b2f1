package org.casenotes.supervision.core.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Date;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketResult;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * An exported packet as a DocumentReference: the PDF's size, its SHA-1 as FHIR's
 * {@code Attachment.hash} defines it (base64 of the SHA-1 digest) and its SHA-256 as an
 * identifier, a restricted confidentiality label plus pseudonymised (CODED) or masked
 * (INITIALS), and the period it covers.
 */
final class PacketDocument {

    BundleEntry document(String organisationId, PacketResult packet, IdentityMode mode, LocalDate from,
            LocalDate to, java.time.Instant generatedAt, Reference supervisor, String title) {
        DocumentReference document = new DocumentReference();
        Identifier key = FhirNames.identifier(FhirNames.PACKET_SHA256, packet.sha256());
        document.addIdentifier(key);
        document.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        document.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        document.setDate(Date.from(generatedAt));
        document.addAuthor(supervisor);
        document.setDescription(title);
        document.addSecurityLabel(new CodeableConcept(new Coding(FhirNames.CONFIDENTIALITY, "R", "restricted")));
        if (mode == IdentityMode.CODED) {
            document.addSecurityLabel(new CodeableConcept(new Coding(FhirNames.OBSERVATION_VALUE, "PSEUDED",
                    "pseudonymized")));
        } else if (mode == IdentityMode.INITIALS) {
            document.addSecurityLabel(new CodeableConcept(new Coding(FhirNames.OBSERVATION_VALUE, "MASKED", "masked")));
        }
        Attachment attachment = new Attachment().setContentType("application/pdf").setTitle(title)
                .setSize(Math.toIntExact(packet.bytes())).setHash(sha1(packet))
                .setCreationElement(new DateTimeType(Date.from(generatedAt)));
        document.addContent().setAttachment(attachment);
        document.getContext().setPeriod(new Period().setStartElement(new DateTimeType(from.toString()))
                .setEndElement(new DateTimeType(to.toString())));
        return new BundleEntry(FhirNames.fullUrl(organisationId, "packet", packet.sha256()), document, key);
    }

    private static byte[] sha1(PacketResult packet) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(packet.path()),
                MessageDigest.getInstance("SHA-1"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return ((DigestInputStream) in).getMessageDigest().digest();
        } catch (IOException e) {
            throw new StorageUnavailableException("the packet file cannot be read back", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
