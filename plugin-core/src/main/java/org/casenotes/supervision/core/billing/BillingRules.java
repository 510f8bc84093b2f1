package org.casenotes.supervision.core.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.billing.BillingReadiness;
import org.casenotes.supervision.api.billing.SupervisorPresence;
import org.casenotes.supervision.api.policy.BillingPolicy;

/**
 * Decides whether a note may be billed: a co-sign where the payer group's policy requires one
 * (payer rules vary) and the note's stored co-sign selection does not waive it, a supervising practitioner to name on the claim (the co-signer, else the
 * clinician's current primary supervisor), and never supervision by telephone only (CMS allows
 * virtual direct supervision by real-time audio and video, not audio alone). Thread-safe.
 */
public final class BillingRules {

    /** The note needs a co-sign first. */
    public static final String CO_SIGN_REQUIRED = "co-sign-required";
    /** The supervisor was present by telephone only. */
    public static final String AUDIO_ONLY = "audio-only-supervision";
    /** Nobody to name as supervising practitioner. */
    public static final String NO_PRACTITIONER = "no-supervising-practitioner";

    private BillingRules() {
    }

    /**
     * Decides a note's readiness.
     *
     * @param host the host, for the payer group, presence and directory
     * @param policy the organisation's billing policy
     * @param org the organisation
     * @param noteId the note
     * @param clinicianId the note's clinician
     * @param coSignerId the co-signer, or {@code null} when not co-signed
     * @param coSignSelected the note's stored co-sign selection ({@link
     *     org.casenotes.supervision.core.sampling.CoSignNeed}): when it does not ask for a co-sign,
     *     the policy's default no longer applies and only a payer group listed in the policy as
     *     requiring a co-sign still does (a payer's rule binds the claim whatever the practice's
     *     own review sampling says); when it does, the default and the payer groups apply
     * @param today the practice's day, for the current primary supervisor
     * @return the readiness
     */
    public static BillingReadiness decide(HostContext host, BillingPolicy policy, String org, String noteId,
            String clinicianId, String coSignerId, boolean coSignSelected, LocalDate today) {
        String payerGroup = host.billing().payerGroupOf(org, noteId).orElse(null);
        SupervisorPresence presence = host.billing().supervisorPresence(org, noteId).orElse(null);
        boolean required = coSignSelected ? policy.coSignRequired(payerGroup)
                : payerGroup != null && policy.payerGroups().getOrDefault(payerGroup, false);
        String practitioner = coSignerId != null ? coSignerId : host.directory().assignmentsOf(org, clinicianId)
                .stream().filter(a -> a.kind() == SupervisionAssignment.Kind.PRIMARY && a.holdsOn(today))
                .map(SupervisionAssignment::supervisorId).findFirst().orElse(null);
        List<String> reasons = new ArrayList<>();
        if (required && coSignerId == null) {
            reasons.add(CO_SIGN_REQUIRED);
        }
        if (presence == SupervisorPresence.AUDIO_ONLY) {
            reasons.add(AUDIO_ONLY);
        }
        if (practitioner == null) {
            reasons.add(NO_PRACTITIONER);
        }
        Optional<Person> person = practitioner == null ? Optional.empty() : host.directory().person(org, practitioner);
        return new BillingReadiness(noteId, reasons.isEmpty(), reasons, payerGroup, required, coSignerId != null,
                practitioner, person.map(Person::displayName).orElse(null), person.map(Person::credentials).orElse(null),
                practitioner == null ? null : host.directory().licence(org, practitioner).orElse(null), presence);
    }
}
