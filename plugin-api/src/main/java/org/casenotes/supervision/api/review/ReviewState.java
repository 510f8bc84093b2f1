package org.casenotes.supervision.api.review;

/**
 * Where a note (or an addendum) stands in review.
 *
 * <p>DRAFT → SUBMITTED → IN_REVIEW → CHANGES_REQUESTED → SUBMITTED … → CO_SIGNED; a submitted
 * note may be WITHDRAWN before review starts and submitted again later. After CO_SIGNED the
 * note never changes; only addenda are added, each with its own DRAFT → SUBMITTED → CO_SIGNED
 * cycle.
 */
public enum ReviewState {
    /** Being written by the clinician; not yet submitted (or never submitted). */
    DRAFT(FhirTaskStatus.DRAFT, null),
    /** Submitted and waiting for a supervisor. */
    SUBMITTED(FhirTaskStatus.REQUESTED, null),
    /** A supervisor is reviewing it. */
    IN_REVIEW(FhirTaskStatus.IN_PROGRESS, null),
    /** Returned to the clinician with a reason; waits for the clinician to resubmit. */
    CHANGES_REQUESTED(FhirTaskStatus.ON_HOLD, "changes-requested"),
    /** Co-signed by a supervisor; the reviewed content is locked. */
    CO_SIGNED(FhirTaskStatus.COMPLETED, null),
    /** Taken back by the clinician before review started. */
    WITHDRAWN(FhirTaskStatus.CANCELLED, null);

    private final FhirTaskStatus fhirStatus;
    private final String businessStatus;

    ReviewState(FhirTaskStatus fhirStatus, String businessStatus) {
        this.fhirStatus = fhirStatus;
        this.businessStatus = businessStatus;
    }

    /**
     * The FHIR {@code Task.status} this state exports as.
     *
     * @return the FHIR status
     */
    public FhirTaskStatus fhirStatus() {
        return fhirStatus;
    }

    /**
     * The FHIR {@code Task.businessStatus} code that refines the status, such as {@code
     * changes-requested} for a note that is on hold with the clinician.
     *
     * @return the business status code, or {@code null} when the status says it all
     */
    public String fhirBusinessStatus() {
        return businessStatus;
    }

    /**
     * Tells whether the clinician may change the note's content in this state.
     *
     * @return {@code true} for DRAFT, CHANGES_REQUESTED and WITHDRAWN
     */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED || this == WITHDRAWN;
    }

    /**
     * Tells whether a supervisor is expected to act, so a due date runs.
     *
     * @return {@code true} for SUBMITTED and IN_REVIEW
     */
    public boolean awaitingSupervisor() {
        return this == SUBMITTED || this == IN_REVIEW;
    }
}
