package org.casenotes.supervision.api.fhir;

/** What a FHIR Bundle is for. */
public enum FhirBundleType {

    /** {@code collection}: a set of resources to read or archive as they are. */
    COLLECTION,

    /**
     * {@code transaction}: resources to load into a FHIR server in one go; each entry is a
     * conditional update on its business identifier, so loading the same Bundle twice changes
     * nothing the second time.
     */
    TRANSACTION
}
