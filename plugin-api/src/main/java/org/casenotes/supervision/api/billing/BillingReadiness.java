package org.casenotes.supervision.api.billing;

import java.util.List;
import java.util.Objects;
import org.casenotes.supervision.api.signature.ProfessionalLicence;

/**
 * Whether a note may be billed now, and under whom.
 *
 * @param noteId the note
 * @param billable {@code true} when nothing below holds it back
 * @param reasons why it may not be billed yet, as codes: {@code co-sign-required} (the payer
 *     group needs a co-sign and the note has none), {@code audio-only-supervision} (the
 *     supervisor was present by telephone only), {@code no-supervising-practitioner}; empty
 *     when billable
 * @param payerGroup the service's payer group, or {@code null} when the host names none
 * @param coSignRequired whether the policy requires a co-sign for that payer group
 * @param coSigned whether the note is co-signed
 * @param supervisingPractitionerId the co-signer, else the clinician's current primary
 *     supervisor; {@code null} when neither exists
 * @param supervisingPractitionerName that person's name, or {@code null}
 * @param supervisingPractitionerCredentials that person's credentials, or {@code null}
 * @param supervisingPractitionerLicence that person's licence, or {@code null} when unknown
 * @param presence how the supervisor was present, or {@code null} when not recorded
 */
public record BillingReadiness(String noteId, boolean billable, List<String> reasons, String payerGroup,
        boolean coSignRequired, boolean coSigned, String supervisingPractitionerId, String supervisingPractitionerName,
        String supervisingPractitionerCredentials, ProfessionalLicence supervisingPractitionerLicence,
        SupervisorPresence presence) {

    /** Checks that billable and reasons agree and copies the reasons. */
    public BillingReadiness {
        Objects.requireNonNull(noteId, "noteId");
        reasons = List.copyOf(reasons);
        if (billable != reasons.isEmpty()) {
            throw new IllegalArgumentException("a note is billable exactly when nothing holds it back");
        }
    }
}
