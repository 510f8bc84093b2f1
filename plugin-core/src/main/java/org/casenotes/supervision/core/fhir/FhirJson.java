package org.casenotes.supervision.core.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The one FHIR R4 context of the plugin and its JSON writer. A context is expensive to build
 * (it scans the model classes), so it is built once, on first use, with the plugin's class
 * loader as the thread's context class loader: HAPI finds its R4 model through it, and inside
 * PF4J the host's loader would not see the plugin's lib/. Thread-safe: HAPI documents the
 * context as thread-safe and a parser is made per call.
 */
public final class FhirJson {

    private FhirJson() {
    }

    private static final class Holder {
        static final FhirContext CONTEXT = create();

        private static FhirContext create() {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(FhirJson.class.getClassLoader());
            try {
                return FhirContext.forR4();
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /**
     * The shared R4 context.
     *
     * @return the context
     */
    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    /**
     * A resource as FHIR JSON, pretty-printed so a person can read an export.
     *
     * @param resource the resource
     * @return the JSON text
     */
    public static String write(IBaseResource resource) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }
}
