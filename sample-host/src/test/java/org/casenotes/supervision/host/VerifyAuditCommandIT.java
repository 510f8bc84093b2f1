package org.casenotes.supervision.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.stream.Stream;
import org.casenotes.supervision.api.audit.AuditQuery;
import org.casenotes.supervision.host.clinic.AuditCheckpoint;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code verify-audit} command on the sample host's own H2 database, with the plugin
 * loaded from its zip by PF4J as in production.
 */
class VerifyAuditCommandIT {

    private static final Path PLUGINS = Path.of(System.getProperty("supervision.pluginZipDir", "target/plugins"));

    @TempDir
    Path data;

    @Test
    void anUntouchedChainIsReportedIntact() throws Exception {
        recordReports(4);

        Result result = verifyAudit();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("audit trail intact: 4 events in 1 chain");
        assertThat(checkpointFiles()).isNotEmpty();
    }

    @Test
    void theAppendOnlyTriggerFromThePluginRefusesChangesMadeThroughTheHostsH2() throws Exception {
        recordReports(2);
        try (ModuleSession session = ModuleSession.open(options())) {
            assertThatThrownBy(() -> sql("UPDATE sr_audit_event SET actor_id = 'intruder' WHERE org_id = 'sample-clinic' AND seq = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql("DELETE FROM sr_audit_event WHERE org_id = 'sample-clinic' AND seq = 2"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void aRowAlteredByHandIsNamedAndTheCommandExitsOne() throws Exception {
        recordReports(5);
        sql("DROP TRIGGER sr_audit_event_append_only");
        sql("UPDATE sr_audit_event SET actor_id = 'someone-else' WHERE org_id = 'sample-clinic' AND seq = 3");

        Result result = verifyAudit();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("event #3").contains("ALTERED")
                .contains("organisation sample-clinic: first broken event #3");
    }

    @Test
    void deletingTheNewestRowsIsReportedAsATruncatedTail() throws Exception {
        recordReports(6);
        sql("DROP TRIGGER sr_audit_event_append_only");
        sql("DELETE FROM sr_audit_event WHERE org_id = 'sample-clinic' AND seq > 4");

        Result result = verifyAudit();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("event #5").contains("TRUNCATED");
    }

    @Test
    void withItsKeyFilesMissingTheHostRefusesToStartAndCreatesNoNewKeys() throws Exception {
        recordReports(3);
        Path keys = data.resolve("keys");
        java.util.Map<Path, byte[]> original = new java.util.HashMap<>();
        try (Stream<Path> files = Files.list(keys)) {
            for (Path file : files.toList()) {
                original.put(file, Files.readAllBytes(file));
                Files.delete(file);
            }
        }

        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        int serve;
        try {
            serve = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
                    () -> Main.run("serve", "--port", "0", "--data", data.toString(), "--plugins", PLUGINS.toString()));
        } finally {
            System.setErr(originalErr);
        }
        Result verify = verifyAudit();

        assertThat(serve).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .contains("refusing to start: the audit key files are missing");
        assertThat(verify.exitCode()).isEqualTo(2);
        assertThat(keys.resolve("audit-hmac.key")).doesNotExist();
        for (java.util.Map.Entry<Path, byte[]> file : original.entrySet()) {
            Files.write(file.getKey(), file.getValue());
        }
        assertThat(verifyAudit().out()).as("the original key still verifies the trail").contains("audit trail intact");
    }

    /** Each audit report is itself recorded, so n reports make n events; closing takes a checkpoint. */
    private void recordReports(int n) throws Exception {
        try (ModuleSession session = ModuleSession.open(options())) {
            for (int i = 0; i < n; i++) {
                session.module().audit().report(AuditCheckpoint.HOST,
                        AuditQuery.period(Instant.EPOCH, Instant.now().plusSeconds(60)));
            }
        }
    }

    private Result verifyAudit() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run("verify-audit", "--data", data.toString(), "--plugins", PLUGINS.toString());
            return new Result(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private HostOptions options() {
        HostOptions options = new HostOptions();
        options.dataDir = data;
        options.pluginsDir = PLUGINS;
        return options;
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ClinicDatabase.defaultUrl(data), "sa", "");
                Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private Stream<Path> checkpointFiles() throws Exception {
        return Files.list(data.resolve("audit-checkpoints")).toList().stream();
    }

    private record Result(int exitCode, String out) {
    }
}
