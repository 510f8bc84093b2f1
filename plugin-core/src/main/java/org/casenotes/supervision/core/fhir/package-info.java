/**
 * HL7 FHIR R4 exports: the only package that knows HAPI FHIR. {@link
 * org.casenotes.supervision.core.fhir.FhirService} reads with the caller's rights and hands
 * plain records to the resource builders; the host receives JSON text only.
 */
package org.casenotes.supervision.core.fhir;
