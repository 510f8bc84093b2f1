package org.casenotes.supervision.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The start-up shortcut knows every migration script without a class-path scan, and never
 * skips one: the list is written by the build from the folders, and a database missing any
 * listed version goes through Flyway.
 */
class MigrationIndexTest {

    private static final Path STORAGE = Paths.get("src/main/resources/org/casenotes/supervision/core/storage");

    @Test
    void theBuildListsEveryScriptOfTheMigrationAndVendorFolders() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(STORAGE)) {
            onDisk = files.filter(f -> f.toString().endsWith(".sql"))
                    .map(f -> STORAGE.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(onDisk).isNotEmpty();
        assertThat(MigrationIndex.load().files()).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void eachDatabaseKindExpectsTheCommonScriptsAndItsOwn() {
        MigrationIndex index = MigrationIndex.load();
        assertThat(index.versionsFor("h2")).contains("1", "3.1").doesNotHaveDuplicates();
        assertThat(index.versionsFor("postgresql")).contains("1", "3.1").doesNotHaveDuplicates();
    }

    @Test
    void aDatabaseLackingAListedVersionIsNotTakenAsUpToDate() throws Exception {
        var db = TestDatabases.h2();
        Migrations.migrate(db);
        AppliedMigrations applied;
        try (var connection = db.getConnection()) {
            applied = AppliedMigrations.read(connection).orElseThrow();
        }
        List<String> shipped = MigrationIndex.load().versionsFor("h2");
        assertThat(applied.covers(shipped)).isTrue();
        List<String> withANewScript = Stream.concat(shipped.stream(), Stream.of("10.1")).toList();
        assertThat(applied.covers(withANewScript)).isFalse();
    }

    @Test
    void aDatabaseWithoutTheHistoryTableHasNothingApplied() throws Exception {
        try (var connection = TestDatabases.h2().getConnection()) {
            assertThat(AppliedMigrations.read(connection)).isEmpty();
        }
    }
}
