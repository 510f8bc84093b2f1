package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casenotes.supervision.core.packet.PacketStory.FROM;
import static org.casenotes.supervision.core.packet.PacketStory.TO;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.core.policy.PolicyDocument;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The packet export on H2, with identity modes, rights and failures. */
class PacketExportH2Test extends PacketExportContract {

    private static final String WITHHELD = "[withheld in coded packets]";

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }

    @Test
    void aCodedPacketCarriesNoClientNameOrBirthDateAnywhereAndWithholdsIdentifyingText() throws Exception {
        PacketResult result = export(IdentityMode.CODED, "coded.pdf");

        String text = flat(PdfInspection.text(result.path()));
        String metadata = PdfInspection.metadata(result.path());
        String bookmarks = String.join("\n", PdfInspection.bookmarks(result.path()));
        String json = json(result.path());
        for (ClientIdentity client : PacketClinic.CLIENTS) {
            for (String secret : List.of(client.givenName(), client.familyName(), client.dateOfBirth().toString(),
                    client.dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))) {
                assertThat(text).doesNotContain(secret);
                assertThat(metadata).doesNotContain(secret);
                assertThat(bookmarks).doesNotContain(secret);
                assertThat(json).doesNotContain(secret);
            }
        }
        for (int n = 1; n <= 4; n++) {
            assertThat(text + json).doesNotContain(PacketStory.culture(n)).doesNotContain(PacketStory.response(n));
        }
        assertThat(text).contains(WITHHELD);
        assertThat(clinic.host.clientLookups()).isEmpty();
    }

    @Test
    void thePolicyDecidesWhichFreeTextACodedPacketWithholds() throws Exception {
        module.policies().update(org.casenotes.supervision.api.Actor.of("admin", PacketClinic.ORG,
                org.casenotes.supervision.api.Role.ADMIN),
                "{\"packet\": {\"identifyingFields\": [\"summary\", \"rationale\"]}}", 1);

        String coded = flat(PdfInspection.text(export(IdentityMode.CODED, "policy.pdf").path()));
        String full = flat(PdfInspection.text(export(IdentityMode.FULL, "policy-full.pdf").path()));

        assertThat(coded).doesNotContain(PacketStory.summary(1), "To normalise journaling")
                .contains(WITHHELD, PacketStory.culture(1), PacketStory.response(1));
        assertThat(full).contains(PacketStory.summary(1), "To normalise journaling");
    }

    @Test
    void theClientCodeIsTheSameInEveryPacketAndDiffersBetweenClients() throws Exception {
        String first = flat(PdfInspection.text(export(IdentityMode.CODED, "one.pdf").path()));
        String second = flat(PdfInspection.text(module.packets().export(PacketClinic.SUP,
                PacketRequest.forPeriod(List.of("clin", "clin2"), FROM, TO), PacketOptions.defaults(),
                folder.resolve("two.pdf")).path()));

        List<String> codes = codes(first);
        assertThat(codes).hasSize(4);
        assertThat(codes(second)).containsAll(codes);
        assertThat(codes.get(0)).matches("C-[0-9A-HJKMNP-TV-Z]{7}");
    }

    @Test
    void initialsAndFullModesNameTheClientsAndShowTheirText() throws Exception {
        String initials = flat(PdfInspection.text(export(IdentityMode.INITIALS, "initials.pdf").path()));
        PacketResult fullPacket = export(IdentityMode.FULL, "full.pdf");
        String full = flat(PdfInspection.text(fullPacket.path()));

        assertThat(initials).contains("M. Q.", "T. V.", "B. O.", "I. H.").doesNotContain("Marisol");
        assertThat(full).contains("Marisol Quintanilla", "Client: Theodora Vasquez-Lindqvist");
        assertThat(json(fullPacket.path())).contains("Theodora Vasquez-Lindqvist");
        assertThat(full).contains(PacketStory.response(1), PacketStory.culture(2)).doesNotContain(WITHHELD);
    }

    @Test
    void onlyACurrentSupervisorOfEverySuperviseeMayExport() {
        PacketRequest request = PacketRequest.forPeriod(List.of("clin"), FROM, TO);
        Path out = folder.resolve("refused.pdf");

        assertThatThrownBy(() -> module.packets().export(PacketClinic.SUP2, request, PacketOptions.defaults(), out))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> module.packets().export(PacketClinic.CLIN, request, PacketOptions.defaults(), out))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> module.packets().export(PacketClinic.FOREIGN, request, PacketOptions.defaults(), out))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> module.packets().export(PacketClinic.SUP,
                PacketRequest.forPeriod(List.of("clin", "nobody"), FROM, TO), PacketOptions.defaults(), out))
                .isInstanceOf(NotFoundException.class);
        assertThat(out).doesNotExist();
    }

    @Test
    void onlyTheMeetingsOwnSupervisorExportsItsPacket() {
        Path out = folder.resolve("meeting.pdf");

        assertThatThrownBy(() -> module.packets().export(PacketClinic.SUP2,
                PacketRequest.forMeeting(List.of("clin2"), story.meetingId), PacketOptions.defaults(), out))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> module.packets().export(PacketClinic.SUP,
                PacketRequest.forMeeting(List.of("clin"), "no-such-meeting"), PacketOptions.defaults(), out))
                .isInstanceOf(NotFoundException.class);
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadPeriodIsRefusedWithFieldPaths() {
        assertThat(problems(() -> PacketRequest.forPeriod(List.of("clin"), TO, FROM)))
                .extracting(FieldProblem::path).containsExactly("/from");
        assertThat(problems(() -> new PacketRequest(List.of("clin"), null, null, null, null)))
                .extracting(FieldProblem::path).containsExactly("/period");
        assertThat(problems(() -> new PacketRequest(List.of("clin"), FROM, TO, "m-1", null)))
                .extracting(FieldProblem::path).containsExactly("/meetingId");
        assertThat(problems(() -> new PacketRequest(List.of("clin"), FROM, null, null, null)))
                .extracting(FieldProblem::path).containsExactly("/to");
        assertThat(problems(() -> new PacketRequest(List.of(), FROM, TO, null, null)))
                .extracting(FieldProblem::path).containsExactly("/supervisees");
    }

    @Test
    void whenTheAuditEventCannotBeStoredTheWrittenFileIsDeleted() throws Exception {
        PacketService failing = new PacketService(clinic.host, new Transactions(clinic.dataSource),
                (tx, org) -> PolicyDocument.DEFAULTS, module.meetings(), (tx, entry) -> {
                    throw new SQLException("audit store is down", "08006");
                }, PacketWriter.pdf());
        Path out = folder.resolve("unaudited.pdf");

        assertThatThrownBy(() -> failing.export(PacketClinic.SUP, PacketRequest.forPeriod(List.of("clin"), FROM, TO),
                PacketOptions.defaults(), out)).isInstanceOf(
                        org.casenotes.supervision.api.error.StorageUnavailableException.class);
        assertThat(out).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThat(exportEvents()).isEmpty();
    }

    private static List<String> codes(String text) {
        Matcher matcher = Pattern.compile("C-[0-9A-Z]{7}").matcher(text);
        return matcher.results().map(m -> m.group()).distinct().toList();
    }

    private static List<FieldProblem> problems(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.problems();
        }
        throw new AssertionError("expected a ValidationException");
    }
}
