package org.casenotes.supervision.host.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.casenotes.supervision.api.loader.LoadedPlugins;
import org.casenotes.supervision.api.loader.PluginProblem;
import org.casenotes.supervision.api.loader.SupervisionPluginLoader;
import org.casenotes.supervision.host.testing.HostCommand;
import org.casenotes.supervision.host.testing.PluginZips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code plugins} command prints the loader's reason for each folder fault in one line,
 * and the loader returns the matching typed problem: a stale extracted folder, a newer zip
 * beside a folder left from a removed one, a version range the host does not offer, one id in
 * two zips, a corrupt zip.
 */
class PluginsCommandIT {

    @TempDir
    Path temp;

    @Test
    void aZipReplacedByANewerOneWhoseExtractedFolderLooksNewerIsReportedStale() throws Exception {
        Path plugins = PluginZips.folderWithBuiltPlugin(temp);
        Path zip = plugins.resolve(PluginZips.built().getFileName());
        extractOnce(plugins);
        Files.delete(zip);
        PluginZips.withDescriptor(zip, text -> text.replaceAll("(?m)^plugin.version=.*$", "plugin.version=0.2.0"));
        Files.setLastModifiedTime(zip, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        assertReason(plugins, PluginProblem.Kind.STALE_FOLDER, "holds 0.2.0; delete the folder");
    }

    @Test
    void aNewerZipBesideAFolderLeftFromARemovedZipIsReported() throws Exception {
        Path plugins = PluginZips.folderWithBuiltPlugin(temp);
        extractOnce(plugins);
        Files.delete(plugins.resolve(PluginZips.built().getFileName()));
        PluginZips.withDescriptor(plugins.resolve("supervision-review-0.2.0.zip"),
                text -> text.replaceAll("(?m)^plugin.version=.*$", "plugin.version=0.2.0"));

        assertReason(plugins, PluginProblem.Kind.LEFTOVER_FOLDER, "is left from a removed zip, beside supervision-review-0.2.0.zip");
    }

    @Test
    void twoZipsOfOnePluginAreReportedWithBothFileNames() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        Files.copy(PluginZips.built(), plugins.resolve("a-copy.zip"));
        Files.copy(PluginZips.built(), plugins.resolve("b-copy.zip"));

        assertReason(plugins, PluginProblem.Kind.DUPLICATE_ID, "is in both a-copy.zip");
        assertThat(HostCommand.run("plugins", "--plugins", plugins.toString()).out()).contains("and b-copy.zip");
    }

    @Test
    void aVersionRangeTheHostDoesNotOfferIsReported() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginZips.withDescriptor(plugins.resolve("supervision-review.zip"),
                text -> text.replaceAll("(?m)^plugin.requires=.*$", "plugin.requires=>=2.0.0 & <3.0.0"));

        assertReason(plugins, PluginProblem.Kind.VERSION_MISMATCH, "requires host API >=2.0.0 & <3.0.0, this host offers 1.0.0");
    }

    @Test
    void aCorruptZipIsReportedByFileName() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginZips.corrupt(plugins.resolve("supervision-review-9.9.9.zip"));

        assertReason(plugins, PluginProblem.Kind.CORRUPT_ZIP, "supervision-review-9.9.9.zip is not a readable plugin zip");
    }

    /**
     * Every kind of unreadable zip: garbage, empty, and the built zip cut short at points from
     * its first entries to just before its central directory, as an interrupted copy leaves it.
     * PF4J must not expand what it can read of it and start the half-written folder.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableZips")
    void anUnreadableZipIsReportedInOneLineAndNothingOfItIsLoaded(String kind, long bytes) throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        Path zip = plugins.resolve("supervision-review-9.9.9.zip");
        if (bytes < 0) {
            PluginZips.corrupt(zip);
        } else {
            PluginZips.truncated(zip, bytes);
        }

        assertOnlyLine(plugins, PluginProblem.Kind.CORRUPT_ZIP,
                "supervision-review-9.9.9.zip not loaded: supervision-review-9.9.9.zip is not a readable plugin zip"
                        + " (cut short or damaged); replace it with the zip as released");
        try (Stream<Path> left = Files.list(plugins)) {
            assertThat(left).as("nothing expanded from the zip").containsExactly(zip);
        }
    }

    @Test
    void aCopyInterruptedOverTheInstalledZipIsReportedAndTheOldFolderIsNotStarted() throws Exception {
        Path plugins = PluginZips.folderWithBuiltPlugin(temp);
        extractOnce(plugins);
        Path zip = plugins.resolve(PluginZips.built().getFileName());
        Files.delete(zip);
        PluginZips.truncated(zip, Files.size(PluginZips.built()) / 2);

        assertOnlyLine(plugins, PluginProblem.Kind.CORRUPT_ZIP, zip.getFileName() + " is not a readable plugin zip");
    }

    static Stream<Arguments> unreadableZips() throws IOException {
        long size = Files.size(PluginZips.built());
        return Stream.of(Arguments.of("not a zip", -1L), Arguments.of("empty", 0L),
                Arguments.of("cut after 10 kB", 10_000L), Arguments.of("cut at a third", size / 3),
                Arguments.of("cut at two thirds", size * 2 / 3), Arguments.of("cut 100 bytes short", size - 100));
    }

    /** The command prints the reason as its one line about the plugin, then the verdict. */
    private static void assertOnlyLine(Path plugins, PluginProblem.Kind kind, String reason) {
        try (LoadedPlugins loaded = SupervisionPluginLoader.load(plugins)) {
            assertThat(loaded.provider()).isEmpty();
            assertThat(loaded.whyUnavailable()).get().extracting(PluginProblem::kind).isEqualTo(kind);
        }
        HostCommand.Run run = HostCommand.run("plugins", "--plugins", plugins.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.out().lines().toList()).as(run.out()).hasSize(2)
                .satisfies(lines -> assertThat(lines.get(0)).contains(reason))
                .endsWith("supervision features: unavailable");
    }

    @Test
    void anEmptyFolderIsReportedAsNoPlugin() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));

        assertReason(plugins, PluginProblem.Kind.NO_PLUGIN, "no supervision-review plugin in");
    }

    private static void extractOnce(Path plugins) {
        try (LoadedPlugins loaded = SupervisionPluginLoader.load(plugins)) {
            assertThat(loaded.provider()).isPresent();
        }
    }

    private static void assertReason(Path plugins, PluginProblem.Kind kind, String reason) {
        try (LoadedPlugins loaded = SupervisionPluginLoader.load(plugins)) {
            assertThat(loaded.provider()).isEmpty();
            assertThat(loaded.whyUnavailable()).get().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(kind);
                assertThat(p.message()).contains(reason);
            });
        }
        HostCommand.Run run = HostCommand.run("plugins", "--plugins", plugins.toString());
        assertThat(run.exit()).isNotZero();
        List<String> withReason = run.out().lines().filter(line -> line.contains(reason)).toList();
        assertThat(withReason).as(run.out()).hasSize(1);
        assertThat(run.out()).contains("supervision features: unavailable").doesNotContain("\tat ");
    }
}
