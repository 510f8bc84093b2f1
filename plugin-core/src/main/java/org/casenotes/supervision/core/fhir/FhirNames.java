package org.casenotes.supervision.core.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * The URIs the exports name things with, and the Bundle-local ids: a resource's fullUrl is a
 * name-based UUID of the organisation and the resource's business key, so the same review
 * exports to the same fullUrl every time.
 */
final class FhirNames {

    static final String BASE = "https://supervision.casenotes.org/fhir";
    static final String REVIEW = BASE + "/review";
    static final String ADDENDUM = BASE + "/addendum";
    static final String NOTE = BASE + "/note";
    static final String STAFF = BASE + "/staff";
    static final String CLIENT_CODE = BASE + "/client-code";
    static final String CLIENT = BASE + "/client";
    static final String SNAPSHOT_SHA256 = BASE + "/note-snapshot-sha256";
    static final String PACKET_SHA256 = BASE + "/packet-sha256";
    static final String DISCLOSURE = BASE + "/disclosure";
    static final String REVIEW_STATE = BASE + "/CodeSystem/review-state";
    static final String REVIEW_ACTION = BASE + "/CodeSystem/review-action";
    static final String FORM_OPTION = BASE + "/CodeSystem/";
    static final String QUESTIONNAIRE = BASE + "/Questionnaire/self-disclosure";
    static final String PROVENANCE_PARTICIPANT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    static final String SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013";
    static final String TASK_CODE = "http://hl7.org/fhir/CodeSystem/task-code";
    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String OBSERVATION_VALUE = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

    private FhirNames() {
    }

    static String fullUrl(String organisationId, String kind, String key) {
        String name = organisationId + '\u0000' + kind + '\u0000' + key;
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    static Identifier identifier(String system, String value) {
        return new Identifier().setSystem(system).setValue(value);
    }

    static Reference staff(String userId, String displayName) {
        return new Reference().setType("Practitioner").setIdentifier(identifier(STAFF, userId)).setDisplay(displayName);
    }
}
