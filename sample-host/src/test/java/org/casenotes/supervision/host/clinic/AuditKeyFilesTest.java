package org.casenotes.supervision.host.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Set;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyFilesTest {

    @TempDir
    Path data;

    @Test
    void keysAreCreatedOnceOwnerOnlyAndReadBackUnchanged() throws Exception {
        AuditKeyFiles first = AuditKeyFiles.open(data);
        AuditKeyFiles second = AuditKeyFiles.open(data);

        assertThat(second.hmacKey().getEncoded()).isEqualTo(first.hmacKey().getEncoded()).hasSize(32);
        assertThat(second.checkpointSigningKey().getEncoded()).isEqualTo(first.checkpointSigningKey().getEncoded());
        assertThat(second.checkpointVerifyingKey()).isEqualTo(first.checkpointVerifyingKey());
        Path hmacFile = data.resolve("keys/audit-hmac.key");
        if (Files.getFileStore(hmacFile).supportsFileAttributeView("posix")) {
            for (String name : new String[] {"audit-hmac.key", "checkpoint-ed25519.key", "checkpoint-ed25519.pub"}) {
                assertThat(Files.getPosixFilePermissions(data.resolve("keys").resolve(name)))
                        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            }
        }
    }

    @Test
    void checkpointsAreOneFileEachNeverOverwrittenAndTheHighestIsLatest() {
        AuditKeyFiles keys = AuditKeyFiles.open(data);
        Checkpoint seven = new Checkpoint("db-1", 7, "a".repeat(64), Instant.parse("2026-03-01T10:00:00Z"), "c2ln");
        Checkpoint twelve = new Checkpoint("db-1", 12, "b".repeat(64), Instant.parse("2026-03-01T11:00:00Z"), "c2ln");

        keys.checkpoints().write(twelve);
        keys.checkpoints().write(seven);
        keys.checkpoints().write(seven);

        assertThat(keys.checkpoints().latest("db-1")).contains(twelve);
        assertThatThrownBy(() -> keys.checkpoints().write(
                new Checkpoint("db-1", 12, "c".repeat(64), twelve.at(), twelve.signature())))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(AuditKeyFiles.open(data).checkpoints().latest("db-1")).contains(twelve);
    }

    @Test
    void oneCheckpointFolderKeepsTheAnchorsOfTwoDatabasesApart() {
        AuditKeyFiles keys = AuditKeyFiles.open(data);
        Checkpoint first = new Checkpoint("db-1", 40, "a".repeat(64), Instant.parse("2026-03-01T10:00:00Z"), "c2ln");
        Checkpoint second = new Checkpoint("db-2", 12, "b".repeat(64), Instant.parse("2026-03-01T11:00:00Z"), "c2ln");

        keys.checkpoints().write(first);
        keys.checkpoints().write(second);
        keys.checkpoints().write(new Checkpoint("db-2", 40, "c".repeat(64), first.at(), "c2ln"));

        assertThat(keys.checkpoints().latest("db-1")).contains(first);
        assertThat(keys.checkpoints().latest("db-2")).map(Checkpoint::headMac).contains("c".repeat(64));
        assertThat(keys.checkpoints().latest("db-3")).isEmpty();
    }
}
