package org.casenotes.supervision.api.review;

/** The HL7 FHIR R4 {@code Task.status} codes a review maps to in exports. */
public enum FhirTaskStatus {
    /** {@code requested}: the task is ready to be acted on. */
    REQUESTED("requested"),
    /** {@code in-progress}: the task is being worked on. */
    IN_PROGRESS("in-progress"),
    /** {@code on-hold}: the task waits for someone else; see the business status. */
    ON_HOLD("on-hold"),
    /** {@code completed}: the task is done. */
    COMPLETED("completed"),
    /** {@code cancelled}: the task was withdrawn before it was done. */
    CANCELLED("cancelled"),
    /** {@code draft}: the task is not yet ready to be acted on. */
    DRAFT("draft");

    private final String code;

    FhirTaskStatus(String code) {
        this.code = code;
    }

    /**
     * The FHIR code, such as {@code in-progress}.
     *
     * @return the code as it appears in a FHIR resource
     */
    public String code() {
        return code;
    }
}
