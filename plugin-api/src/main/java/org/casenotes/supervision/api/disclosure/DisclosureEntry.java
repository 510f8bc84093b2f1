package org.casenotes.supervision.api.disclosure;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One self-disclosure made in a session, documented field by field.
 *
 * <p>Instances are created by the plugin from a validated document; the constructor checks only
 * what the type system cannot (nulls, a complete risk screen), the full rules are in the
 * plugin's validation.
 *
 * @param type what kind of thing was disclosed
 * @param mode how the disclosure came about
 * @param involvement about the therapist's life, or about the therapist in the session
 * @param verbal whether it was said (as opposed to shown: a photo, a ring, a reaction)
 * @param intimacy how personal it was
 * @param clientPrompted whether the client asked for it
 * @param summary what was disclosed, in the clinician's words
 * @param intents what it was meant to do for the client; may be empty unless deliberate
 * @param otherIntentText the purpose, when {@link Intent#OTHER} is among the intents, else
 *     {@code null}
 * @param rationale why now and how it ties to the treatment goals; {@code null} allowed
 *     unless the mode is {@link DisclosureMode#DELIBERATE}
 * @param motiveCheck the answer to "why am I telling?"
 * @param riskScreen an answer for every one of the six {@link Risk}s
 * @param focusReturned whether the session's focus went back to the client afterwards
 * @param clientResponse how the client responded
 * @param culturalConsiderations cultural context that shaped the disclosure, or {@code null}
 * @param discussInSupervision whether the clinician wants to discuss it in supervision
 */
public record DisclosureEntry(DisclosureType type, DisclosureMode mode, Involvement involvement,
        boolean verbal, Intimacy intimacy, boolean clientPrompted, String summary,
        Set<Intent> intents, String otherIntentText, String rationale, MotiveCheck motiveCheck,
        Map<Risk, RiskAnswer> riskScreen, boolean focusReturned, ClientResponse clientResponse,
        String culturalConsiderations, boolean discussInSupervision) {

    /**
     * Checks presence of the required fields and copies the collections.
     *
     * @throws NullPointerException when a required field is null
     * @throws IllegalArgumentException when the risk screen does not answer all six risks
     */
    public DisclosureEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(involvement, "involvement");
        Objects.requireNonNull(intimacy, "intimacy");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(intents, "intents");
        Objects.requireNonNull(motiveCheck, "motiveCheck");
        Objects.requireNonNull(riskScreen, "riskScreen");
        Objects.requireNonNull(clientResponse, "clientResponse");
        intents = intents.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(intents));
        if (!riskScreen.keySet().containsAll(EnumSet.allOf(Risk.class))) {
            throw new IllegalArgumentException("the risk screen must answer all six risks");
        }
        riskScreen = Map.copyOf(new EnumMap<>(riskScreen));
    }

    /**
     * The answer for one risk.
     *
     * @param risk the risk
     * @return the clinician's answer
     */
    public RiskAnswer risk(Risk risk) {
        return riskScreen.get(risk);
    }
}
