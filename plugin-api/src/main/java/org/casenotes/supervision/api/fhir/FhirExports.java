package org.casenotes.supervision.api.fhir;

import java.nio.file.Path;
import java.util.Locale;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;

/**
 * The review history as HL7 FHIR R4 Bundles (JSON text): a Task per review, a Provenance per
 * submit, return and co-sign, a QuestionnaireResponse per self-disclosure section, a
 * DocumentReference per exported packet, and the disclosure form as a Questionnaire. The
 * mapping is in the project's docs/fhir.md.
 *
 * <p>Clients appear as the identity mode allows: in the {@link IdentityMode#CODED} mode a
 * Bundle names a client only by its pseudonymous code. Each export reads with the same rights
 * as the underlying reads (each of those is audited as a read) and records one
 * {@code PRINT_EXPORT} audit event with the Bundle's SHA-256. Implementations are thread-safe.
 */
public interface FhirExports {

    /**
     * One note's review: its Task (and one per addendum), Provenances and self-disclosure
     * answers.
     *
     * @param actor who asks; needs the right to read the note's review history
     * @param noteId the host's note id
     * @param identity how the client is named
     * @param type collection or transaction
     * @return the Bundle as FHIR JSON
     * @throws org.casenotes.supervision.api.error.NotFoundException when the note is unknown
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor may not
     *     read its review
     */
    String review(Actor actor, String noteId, IdentityMode identity, FhirBundleType type);

    /**
     * The reviews of supervisees' notes over a period (or on one meeting's agenda), as a
     * packet with the same request would contain them.
     *
     * @param supervisor the supervisor; the same rights as a packet export
     * @param request the supervisees and the period or meeting
     * @param identity how clients are named
     * @param type collection or transaction
     * @return the Bundle as FHIR JSON
     * @throws org.casenotes.supervision.api.error.NotFoundException when a supervisee or the
     *     meeting is unknown
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor is not a
     *     supervisor currently assigned to every supervisee
     */
    String period(Actor supervisor, PacketRequest request, IdentityMode identity, FhirBundleType type);

    /**
     * Exports a packet (exactly as {@link org.casenotes.supervision.api.packet.Packets#export})
     * and returns its Bundle: the period's resources plus the packet's DocumentReference and,
     * when the packet is signed, a Provenance carrying its CMS signature.
     *
     * @param supervisor the supervisor who exports it
     * @param request the supervisees and the period or meeting
     * @param options identity mode, PDF/A or password, signing, language
     * @param destination the packet file to write
     * @param type collection or transaction
     * @return the packet result and the Bundle
     * @throws org.casenotes.supervision.api.error.SupervisionException as the packet export
     */
    FhirPacket packet(Actor supervisor, PacketRequest request, PacketOptions options, Path destination,
            FhirBundleType type);

    /**
     * The self-disclosure form as a FHIR Questionnaire, built from the same field list as the
     * form's JSON Schema.
     *
     * @param locale English or Spanish; other languages fall back to English
     * @return the Questionnaire as FHIR JSON
     */
    String questionnaire(Locale locale);
}
