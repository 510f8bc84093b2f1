package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casenotes.supervision.core.packet.PacketClinic.CLIN;
import static org.casenotes.supervision.core.packet.PacketClinic.CLIN2;
import static org.casenotes.supervision.core.packet.PacketClinic.SUP;
import static org.casenotes.supervision.core.packet.PacketStory.FROM;
import static org.casenotes.supervision.core.packet.PacketStory.TO;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.audit.AuditEvent;
import org.casenotes.supervision.api.audit.AuditField;
import org.casenotes.supervision.api.audit.AuditQuery;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.fhir.FhirBundleType;
import org.casenotes.supervision.api.fhir.FhirExports;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FHIR exports of the packet month, extended to every review state (draft, submitted, in
 * review, changes requested, co-signed, withdrawn), an addendum cycle and a batch co-sign, validated with the HAPI FHIR instance validator
 * against the base R4 definitions, offline. The validator is built once for the class.
 */
class FhirExportTest {

    private static final Instant AT = Instant.parse("2026-04-01T08:00:00Z");
    private static R4Validator validator;
    private static PacketClinic clinic;
    private static SupervisionModule module;
    private static FhirExports fhir;

    @TempDir
    static Path folder;

    @BeforeAll
    static void tellTheStoryWithEveryState() {
        validator = new R4Validator();
        clinic = new PacketClinic(TestDatabases.h2());
        module = new SupervisionModuleFactory().create(clinic.host);
        PacketStory story = new PacketStory(clinic, module).tell();
        story.section("note-6", CLIN, "client-2", 7, false);
        story.section("note-7", CLIN, "client-3", 8, false);
        story.section("note-8", CLIN, "client-4", 9, false);
        Review four = module.reviews().submit(CLIN, "note-4", 0);
        module.reviews().withdraw(CLIN, "note-4", four.version());
        Review five = module.reviews().submit(CLIN2, "note-5", 0);
        module.reviews().startReview(SUP, "note-5", five.version());
        Review six = module.reviews().submit(CLIN, "note-6", 0);
        Review seven = module.reviews().submit(CLIN, "note-7", 0);
        clinic.clock.advance(Duration.ofHours(2));
        assertThat(module.reviews().batchCoSign(SUP, List.of(new NoteVersion("note-6", six.version()),
                new NoteVersion("note-7", seven.version()))).outcomes()).hasSize(2);
        Addendum addendum = module.reviews().addAddendum(CLIN, "note-1", "Client called the next day; no concern.");
        addendum = module.reviews().submitAddendum(CLIN, "note-1", addendum.addendumId(), addendum.version());
        module.reviews().coSignAddendum(SUP, "note-1", addendum.addendumId(), addendum.version());
        fhir = module.fhir();
    }

    @AfterAll
    static void close() {
        module.close();
    }

    @Test
    void everyBundleAndBothQuestionnairesValidateAgainstBaseR4WithoutErrors() throws Exception {
        Map<String, String> exports = new LinkedHashMap<>();
        for (int n = 1; n <= 8; n++) {
            exports.put("review note-" + n, fhir.review(SUP, "note-" + n, IdentityMode.CODED, FhirBundleType.COLLECTION));
        }
        PacketRequest month = PacketRequest.forPeriod(List.of("clin", "clin2"), FROM, TO).generatedAt(AT);
        exports.put("period transaction", fhir.period(SUP, month, IdentityMode.CODED, FhirBundleType.TRANSACTION));
        for (IdentityMode mode : IdentityMode.values()) {
            PacketOptions options = PacketOptions.defaults().withIdentity(mode);
            if (mode == IdentityMode.FULL) {
                options = options.withPdfA(false).withPassword(TestKeys.PASSWORD).withSigning(TestKeys.selfSigned());
            }
            exports.put("packet " + mode, fhir.packet(SUP, month, options, folder.resolve(mode + ".pdf"),
                    FhirBundleType.COLLECTION).bundle());
        }
        exports.put("questionnaire en", fhir.questionnaire(Locale.ENGLISH));
        exports.put("questionnaire es", fhir.questionnaire(Locale.forLanguageTag("es")));

        TreeSet<String> warnings = new TreeSet<>();
        StringBuilder errors = new StringBuilder();
        for (Map.Entry<String, String> export : exports.entrySet()) {
            for (SingleValidationMessage message : validator.messages(export.getValue())) {
                String line = message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
                if (R4Validator.error(message)) {
                    errors.append(export.getKey()).append(": ").append(line).append('\n');
                } else {
                    warnings.add(message.getSeverity() + ": " + message.getMessage().replaceAll("note-\\d|[0-9a-f]{64}", "…"));
                }
            }
        }
        Files.writeString(Path.of("target", "fhir-validation-warnings.txt"), String.join("\n", warnings));
        Files.writeString(Path.of("target", "fhir-example-review.json"), exports.get("review note-1"));
        assertThat(errors.toString()).isEmpty();
        assertThat(exports.get("questionnaire es")).contains("\"language\": \"es\"");
        assertThat(exports.get("packet FULL")).contains("application/pkcs7-signature");
    }

    @Test
    void aCodedExportCarriesNoClientNameBirthDateOrIdentifyingText() throws Exception {
        clinic.host.forgetClientLookups();
        PacketRequest month = PacketRequest.forPeriod(List.of("clin", "clin2"), FROM, TO).generatedAt(AT);
        String bundles = String.join("\n",
                fhir.period(SUP, month, IdentityMode.CODED, FhirBundleType.COLLECTION),
                fhir.review(SUP, "note-1", IdentityMode.CODED, FhirBundleType.TRANSACTION),
                fhir.packet(SUP, month, PacketOptions.defaults(), folder.resolve("coded.pdf"),
                        FhirBundleType.TRANSACTION).bundle());
        for (ClientIdentity client : PacketClinic.CLIENTS) {
            for (String secret : List.of(client.givenName(), client.familyName(), client.dateOfBirth().toString(),
                    client.dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), client.clientId())) {
                assertThat(bundles).doesNotContain(secret);
            }
        }
        for (int n = 1; n <= 4; n++) {
            assertThat(bundles).doesNotContain(PacketStory.culture(n)).doesNotContain(PacketStory.response(n));
        }
        assertThat(bundles).contains("\"PSEUDED\"").contains(new ClientCodes(
                clinicKey()).code(PacketClinic.ORG, "client-1"));
        assertThat(clinic.host.clientLookups()).isEmpty();

        String full = fhir.review(SUP, "note-1", IdentityMode.FULL, FhirBundleType.COLLECTION);
        assertThat(full).contains("Marisol Quintanilla");
        List<AuditEvent> exported = module.audit().report(Actor.of("admin", PacketClinic.ORG, Role.ADMIN),
                new AuditQuery(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), null,
                        null, Set.of(AuditAction.PRINT_EXPORT), "fhir", "fhir-review",
                        "note-1", AuditField.SEQUENCE, false, 100, null)).events();
        assertThat(exported).anySatisfy(event -> assertThat(event.contentHash()).isEqualTo(sha256(full)));
    }

    @Test
    void aClinicianCannotExportTheirSupervisorsPeriodNorAnotherClinicianTheirNote() {
        PacketRequest month = PacketRequest.forPeriod(List.of("clin"), FROM, TO);
        assertThatThrownBy(() -> fhir.period(CLIN, month, IdentityMode.CODED, FhirBundleType.COLLECTION))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fhir.review(CLIN2, "note-1", IdentityMode.CODED, FhirBundleType.COLLECTION))
                .isInstanceOf(ForbiddenException.class);
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static javax.crypto.SecretKey clinicKey() {
        return clinic.host.auditSecrets().hmacKey();
    }
}
