package org.casenotes.supervision.core.fhir;

import java.util.Objects;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;

/**
 * One resource of a Bundle with its Bundle-local fullUrl and, when it has one, the business
 * identifier a transaction updates it by.
 *
 * @param fullUrl the {@code urn:uuid:} fullUrl other entries refer to it by
 * @param resource the resource
 * @param key the business identifier, or {@code null} when the resource has none
 */
record BundleEntry(String fullUrl, Resource resource, Identifier key) {

    BundleEntry {
        Objects.requireNonNull(fullUrl, "fullUrl");
        Objects.requireNonNull(resource, "resource");
    }
}
