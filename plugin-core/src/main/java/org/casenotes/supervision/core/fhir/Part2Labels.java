package org.casenotes.supervision.core.fhir;

import org.casenotes.supervision.core.export.ExportScreen;
import org.casenotes.supervision.core.export.RedisclosureNotice;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UnsignedIntType;

/**
 * The export guard in FHIR terms. A resource drawn from a 42 CFR Part 2 note, and a Bundle that
 * holds one, carry in {@code meta.security} the HL7 v3 ActCode labels {@code 42CFRPart2} (the
 * policy) and {@code NORDSCLCD} (no redisclosure without consent), and in a {@code meta}
 * extension the §2.32 notice in force on the export day with its citation and first day: the
 * notice stays with each resource when a transaction is loaded and the Bundle itself is gone.
 * The count of psychotherapy notes left out goes in a Bundle {@code meta} extension.
 */
final class Part2Labels {

    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String NOTICE = FhirNames.BASE + "/StructureDefinition/redisclosure-notice";
    static final String LEFT_OUT = FhirNames.BASE + "/StructureDefinition/psychotherapy-notes-left-out";

    private Part2Labels() {
    }

    /** Labels one resource drawn from a Part 2 note. */
    static void label(Resource resource, RedisclosureNotice notice) {
        label(resource.getMeta(), notice);
    }

    /** Labels the Bundle as the screen found its notes: the notice when any is Part 2, the count left out. */
    static void bundle(Bundle bundle, ExportScreen screen) {
        screen.notice().ifPresent(notice -> label(bundle.getMeta(), notice));
        if (screen.psychotherapyNotesLeftOut() > 0) {
            bundle.getMeta().addExtension(new Extension(LEFT_OUT,
                    new UnsignedIntType(screen.psychotherapyNotesLeftOut())));
        }
    }

    private static void label(Meta meta, RedisclosureNotice notice) {
        meta.addSecurity(new Coding(ACT_CODE, "42CFRPart2", "42 CFR Part2"));
        meta.addSecurity(new Coding(ACT_CODE, "NORDSCLCD", "no redisclosure without consent directive"));
        Extension extension = new Extension(NOTICE);
        extension.addExtension(new Extension("text", new StringType(notice.text())));
        extension.addExtension(new Extension("citation", new StringType(notice.citation())));
        extension.addExtension(new Extension("effectiveFrom", new DateType(notice.effectiveFrom().toString())));
        meta.addExtension(extension);
    }
}
