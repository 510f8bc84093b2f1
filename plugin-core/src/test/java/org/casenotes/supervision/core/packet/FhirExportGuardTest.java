package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casenotes.supervision.core.packet.PacketClinic.SUP;
import static org.casenotes.supervision.core.packet.PacketStory.FROM;
import static org.casenotes.supervision.core.packet.PacketStory.TO;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casenotes.supervision.api.NoteProtection;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.error.PolicyException;
import org.casenotes.supervision.api.fhir.FhirBundleType;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.export.RedisclosureNotice;
import org.casenotes.supervision.core.export.RedisclosureNotices;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UnsignedIntType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The export guard in the FHIR exports: with note-2 marked as 42 CFR Part 2 material and note-4 as
 * a psychotherapy note, every period and packet Bundle (each identity mode, both Bundle types)
 * leaves note-4 out and counts it, labels the Bundle and every resource of note-2 (and only those)
 * with the Part 2 security labels and the §2.32 notice in force on the export day, and still
 * validates against base R4; a single export of note-4 is refused.
 */
class FhirExportGuardTest {

    private static PacketClinic clinic;
    private static SupervisionModule module;
    private static R4Validator validator;
    private static RedisclosureNotice inForce;
    /** The fullUrls of note-2's and note-4's resources, read before the host marked them. */
    private static Set<String> note2Urls;
    private static Set<String> note4Urls;

    @TempDir
    static Path folder;

    @BeforeAll
    static void protectTwoNotes() {
        validator = new R4Validator();
        clinic = new PacketClinic(TestDatabases.h2());
        module = new SupervisionModuleFactory().create(clinic.host);
        new PacketStory(clinic, module).tell();
        note2Urls = fullUrls(module.fhir().review(SUP, "note-2", IdentityMode.CODED, FhirBundleType.COLLECTION));
        note4Urls = fullUrls(module.fhir().review(SUP, "note-4", IdentityMode.CODED, FhirBundleType.COLLECTION));
        clinic.protect("note-2", NoteProtection.PART_2);
        clinic.protect("note-4", NoteProtection.PSYCHOTHERAPY_NOTE);
        inForce = RedisclosureNotices.builtIn().inForceOn(LocalDate.now(clinic.clock)).orElseThrow();
    }

    @AfterAll
    static void close() {
        module.close();
    }

    @ParameterizedTest
    @EnumSource(IdentityMode.class)
    void periodAndPacketBundlesCarryTheNoticeOnPart2ResourcesAndLeaveThePsychotherapyNoteOut(IdentityMode mode) {
        PacketRequest month = PacketRequest.forPeriod(List.of("clin", "clin2"), FROM, TO);
        List<String> bundles = new ArrayList<>();
        for (FhirBundleType type : FhirBundleType.values()) {
            bundles.add(module.fhir().period(SUP, month, mode, type));
            bundles.add(module.fhir().packet(SUP, month, PacketOptions.defaults().withIdentity(mode),
                    folder.resolve(mode + "-" + type + ".pdf"), type).bundle());
        }
        for (String json : bundles) {
            assertThat(validator.messages(json)).noneMatch(R4Validator::error);
            Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
            assertLabelled(bundle.getMeta());
            Extension leftOut = bundle.getMeta().getExtensionByUrl(
                    "https://supervision.casenotes.org/fhir/StructureDefinition/psychotherapy-notes-left-out");
            assertThat(((UnsignedIntType) leftOut.getValue()).getValue()).isOne();
            Set<String> labelled = new java.util.HashSet<>();
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                Resource resource = entry.getResource();
                assertThat(note4Urls).as("no resource of the psychotherapy note").doesNotContain(entry.getFullUrl());
                // The only DocumentReference is the packet's own, which holds note-2 too.
                boolean packetDocument = resource.fhirType().equals("DocumentReference");
                if (note2Urls.contains(entry.getFullUrl()) || packetDocument) {
                    assertLabelled(resource.getMeta());
                    labelled.add(entry.getFullUrl());
                } else {
                    assertThat(resource.getMeta().getSecurity()).as(resource.fhirType() + " of another note")
                            .noneMatch(c -> "42CFRPart2".equals(c.getCode()));
                    assertThat(resource.getMeta().getExtension()).isEmpty();
                }
            }
            assertThat(labelled).containsAll(note2Urls);
        }
    }

    @Test
    void aPsychotherapyNoteIsNeverExportedAloneAndAPart2NoteCarriesTheNotice() {
        assertThatThrownBy(() -> module.fhir().review(SUP, "note-4", IdentityMode.CODED, FhirBundleType.COLLECTION))
                .isInstanceOf(PolicyException.class).hasFieldOrPropertyWithValue("code", "export.psychotherapy-note");
        String json = module.fhir().review(SUP, "note-2", IdentityMode.FULL, FhirBundleType.TRANSACTION);
        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
        assertLabelled(bundle.getMeta());
        assertThat(bundle.getEntry()).isNotEmpty().allSatisfy(e -> assertLabelled(e.getResource().getMeta()));
        String plain = module.fhir().review(SUP, "note-1", IdentityMode.CODED, FhirBundleType.COLLECTION);
        assertThat(plain).doesNotContain("42CFRPart2", "redisclosure-notice");
    }

    private static Set<String> fullUrls(String json) {
        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
        Set<String> urls = new java.util.HashSet<>();
        bundle.getEntry().forEach(e -> urls.add(e.getFullUrl()));
        assertThat(urls).isNotEmpty();
        return urls;
    }

    private static void assertLabelled(Meta meta) {
        assertThat(meta.getSecurity()).extracting(Coding::getSystem, Coding::getCode).contains(
                org.assertj.core.groups.Tuple.tuple("http://terminology.hl7.org/CodeSystem/v3-ActCode", "42CFRPart2"),
                org.assertj.core.groups.Tuple.tuple("http://terminology.hl7.org/CodeSystem/v3-ActCode", "NORDSCLCD"));
        Extension notice = meta.getExtensionByUrl(
                "https://supervision.casenotes.org/fhir/StructureDefinition/redisclosure-notice");
        assertThat(notice).isNotNull();
        assertThat(((StringType) notice.getExtensionByUrl("text").getValue()).getValue()).isEqualTo(inForce.text());
        assertThat(((StringType) notice.getExtensionByUrl("citation").getValue()).getValue()).contains("89 FR 12472");
        assertThat(notice.getExtensionByUrl("effectiveFrom").getValue().primitiveValue()).isEqualTo("2024-04-16");
    }
}
