package org.casenotes.supervision.core.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.casenotes.supervision.api.fhir.FhirBundleType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;

/**
 * Puts entries into a Bundle: a collection as they are, or a transaction in which every
 * resource with a business identifier is a conditional update on it (loading twice changes
 * nothing) and the rest (Provenance has no identifier in R4) are created.
 */
final class Bundles {

    private Bundles() {
    }

    static Bundle bundle(FhirBundleType type, List<BundleEntry> entries, Instant at) {
        Bundle bundle = new Bundle();
        bundle.setType(type == FhirBundleType.TRANSACTION ? Bundle.BundleType.TRANSACTION
                : Bundle.BundleType.COLLECTION);
        if (type == FhirBundleType.COLLECTION) {
            bundle.setTimestamp(Date.from(at));
        }
        for (BundleEntry entry : entries) {
            Bundle.BundleEntryComponent component = bundle.addEntry().setFullUrl(entry.fullUrl())
                    .setResource(entry.resource());
            if (type == FhirBundleType.TRANSACTION) {
                String resourceType = entry.resource().fhirType();
                Identifier key = entry.key();
                if (key == null) {
                    component.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(resourceType);
                } else {
                    component.getRequest().setMethod(Bundle.HTTPVerb.PUT)
                            .setUrl(resourceType + "?identifier=" + key.getSystem() + "|"
                                    + URLEncoder.encode(key.getValue(), StandardCharsets.UTF_8));
                }
            }
        }
        return bundle;
    }
}
