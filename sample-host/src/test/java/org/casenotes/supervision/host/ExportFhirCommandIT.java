package org.casenotes.supervision.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.testing.HostCommand;
import org.casenotes.supervision.host.testing.HostCommand.Run;
import org.casenotes.supervision.host.testing.PluginZips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code export-fhir} command over the demo practice with the built plugin zip: HAPI FHIR
 * loads from the plugin's own lib/ through PF4J (the host has no FHIR library), and a coded
 * Bundle names no client of the host's client table.
 */
class ExportFhirCommandIT {

    @TempDir
    Path temp;

    @Test
    void exportFhirWritesThePacketAndACodedTransactionBundleThatDescribesItAndNamesNoClient() throws Exception {
        Path plugins = PluginZips.folderWithBuiltPlugin(Files.createDirectories(temp.resolve("host")));
        Path data = temp.resolve("data");
        String[] where = {"--data", data.toString(), "--plugins", plugins.toString()};
        assertThat(run(where, "demo-data").exit()).isZero();
        Path out = temp.resolve("packet.pdf");

        Run export = run(where, "export-fhir", "--supervisor", "supervisor-1", "--supervisee", "clinician-1",
                "--from", LocalDate.now().minusWeeks(8).toString(), "--to", LocalDate.now().toString(),
                "--out", out.toString(), "--type", "transaction");

        assertThat(export.exit()).as(export.err()).isZero();
        Path bundleFile = temp.resolve("packet.pdf.fhir.json");
        assertThat(export.out()).contains("bundle written: " + bundleFile.toAbsolutePath());
        String text = Files.readString(bundleFile);
        JsonNode bundle = new ObjectMapper().readTree(text);
        assertThat(bundle.path("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.path("type").asText()).isEqualTo("transaction");
        byte[] pdf = Files.readAllBytes(out);
        JsonNode document = bundle.path("entry").get(0).path("resource");
        JsonNode attachment = document.path("content").get(0).path("attachment");
        assertThat(attachment.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(attachment.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(attachment.path("hash").asText()).isEqualTo(
                Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(pdf)));
        assertThat(document.path("identifier").get(0).path("value").asText()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(text).contains("\"resourceType\": \"Task\"").contains("\"resourceType\": \"Provenance\"");
        List<String> secrets = clientData(data);
        assertThat(secrets).isNotEmpty();
        for (String secret : secrets) {
            assertThat(text).doesNotContain(secret);
        }
    }

    /** Every client's name, birth date and contact details, from the host's own client table. */
    private static List<String> clientData(Path data) throws Exception {
        List<String> secrets = new ArrayList<>();
        try (ClinicDatabase database = ClinicDatabase.open(ClinicDatabase.defaultUrl(data));
                Connection connection = database.dataSource().getConnection();
                Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(
                        "SELECT given_name, family_name, date_of_birth, phone, email FROM clinic_client")) {
            while (rows.next()) {
                for (int column = 1; column <= 5; column++) {
                    String value = rows.getString(column);
                    if (value != null && !value.isBlank()) {
                        secrets.add(value.strip());
                    }
                }
            }
        }
        return secrets;
    }

    private static Run run(String[] where, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(where));
        return HostCommand.run(all.toArray(String[]::new));
    }
}
