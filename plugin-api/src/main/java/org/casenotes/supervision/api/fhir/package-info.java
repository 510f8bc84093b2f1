/**
 * HL7 FHIR R4 exports of the review history: Bundles as JSON text, so a host needs no FHIR
 * library and never sees one.
 */
package org.casenotes.supervision.api.fhir;
