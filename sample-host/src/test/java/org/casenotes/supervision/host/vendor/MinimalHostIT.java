package org.casenotes.supervision.host.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.casenotes.supervision.host.testing.PluginZips;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second, minimal host written the way a vendor would (src/test/minimal-host): compiled here
 * against plugin-api and pf4j ONLY, then run in its own JVM with pf4j, its own Jackson 2.12
 * and PDFBox 2.0, one JDBC driver and a pool of one connection. It runs the whole flow five
 * times with a reload each time, the host-part faults, a closed module, and counts the old
 * plugin class loaders still reachable.
 */
class MinimalHostIT {

    private static final Path HOME = Path.of(System.getProperty("supervision.minimalHost", "target/minimal-host"));

    @TempDir
    Path temp;

    private Path compiled;

    @Test
    void theMinimalHostRunsOnH2WithOneConnection() throws Exception {
        String out = run("h2", "jdbc:h2:mem:minimal" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        assertThat(out).contains("OK reload leaked_loaders=0 of 5");
    }

    @Test
    @Tag("postgres")
    void theMinimalHostRunsOnPostgresWithOneConnectionAndNoH2OnItsClassPath() throws Exception {
        String admin = System.getenv().getOrDefault("SR_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String schema = "sr_minimal_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            Assumptions.assumeFalse(!"1".equals(System.getenv("SR_REQUIRE_POSTGRES")), "PostgreSQL unreachable");
            throw e;
        }
        try {
            String out = run("postgresql", admin + "&currentSchema=" + schema);
            assertThat(out).contains("OK reload leaked_loaders=0 of 5");
        } finally {
            try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /**
     * Upgrading as the README says, on a file database that outlives each start: 0.1 writes and
     * co-signs a note; the vendor drops in 0.2.0 (same code, one new migration) and the loader
     * refuses both ways of leaving the old extracted folder behind (the new zip under the old
     * name: STALE_FOLDER; the new zip beside the old folder: LEFTOVER_FOLDER) without touching
     * the database; once the folder is deleted 0.2.0 starts, the note is still there, the new
     * migration is applied once, and a second start applies nothing again.
     */
    @Test
    void anUpgradeToANewerZipKeepsTheDataAndAppliesItsMigrationOnce() throws Exception {
        String url = "jdbc:h2:file:" + temp.resolve("db").resolve("vendor").toAbsolutePath() + ";DB_CLOSE_DELAY=0";
        Path plugins = PluginZips.folderWithBuiltPlugin(temp);
        Path oldZip = PluginZips.built();
        String oldVersion = oldZip.getFileName().toString().replaceAll("^supervision-review-(.*)\\.zip$", "$1");
        Path release = PluginZips.release(temp.resolve("supervision-review-0.2.0.zip"), "0.2.0",
                Map.of("V900_1__upgrade_probe.sql", "CREATE TABLE sr_upgrade_probe (id INT PRIMARY KEY);\n"));

        String first = upgradeStart(plugins, url);
        assertThat(first).contains("OK upgrade plugin=" + oldVersion).contains("kept=written:").contains("state=CO_SIGNED");
        String before = field(first, "history=");
        assertThat(before).doesNotContain("900.1x").doesNotContain("x2");
        Path oldFolder = plugins.resolve("supervision-review-" + oldVersion);
        assertThat(oldFolder).as("PF4J extracted the zip").isDirectory();

        // The newer zip copied over the old one's name: its folder is older than the zip.
        Files.copy(release, plugins.resolve(oldZip.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        assertThat(upgradeStart(plugins, url)).contains("REFUSED kind=STALE_FOLDER").contains("0.2.0")
                .doesNotContain("OK upgrade");
        // The newer zip under its own name, the old zip removed, the old folder left.
        Files.move(plugins.resolve(oldZip.getFileName()), plugins.resolve("supervision-review-0.2.0.zip"));
        assertThat(upgradeStart(plugins, url)).contains("REFUSED kind=LEFTOVER_FOLDER")
                .contains("supervision-review-" + oldVersion + "/").doesNotContain("OK upgrade");

        deleteTree(oldFolder);
        String upgraded = upgradeStart(plugins, url);
        assertThat(upgraded).contains("OK upgrade plugin=0.2.0 schema=900.1 kept=found:CO_SIGNED");
        assertThat(field(upgraded, "history=")).isEqualTo(before + ",900.1x1");
        String again = upgradeStart(plugins, url);
        assertThat(again).contains("OK upgrade plugin=0.2.0 schema=900.1 kept=found:CO_SIGNED");
        assertThat(field(again, "history=")).isEqualTo(before + ",900.1x1");
    }

    private String upgradeStart(Path plugins, String url) throws Exception {
        return launch("h2", plugins, url, "upgrade");
    }

    private static String field(String out, String name) {
        String line = out.lines().filter(l -> l.startsWith("OK upgrade")).findFirst().orElseThrow();
        String rest = line.substring(line.indexOf(name) + name.length());
        return rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')) : rest;
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private String run(String driver, String url) throws Exception {
        String out = launch(driver, PluginZips.folderWithBuiltPlugin(temp), url);
        assertThat(out).as(out).contains("OK flow cycle=4").contains("state=CO_SIGNED").contains("OK closed module code=module.closed")
                .contains("part=DIRECTORY").contains("part=DATA_SOURCE").contains("part=CLOCK");
        return out;
    }

    private String launch(String driver, Path plugins, String url, String... mode) throws Exception {
        Path classes = compiled != null ? compiled : (compiled = compileAgainstApiAndPf4jOnly());
        List<String> classPath = new ArrayList<>(List.of(classes.toString(), System.getProperty("supervision.apiJar")));
        classPath.addAll(jars(HOME.resolve("lib")));
        classPath.addAll(jars(HOME.resolve(driver)));
        assertThat(classPath).noneMatch(p -> p.contains("jackson-databind-2.23") || p.contains("pdfbox-3"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath), "org.example.minimalhost.MinimalHost",
                plugins.toString(), url, temp.resolve("work").toString()));
        command.addAll(List.of(mode));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.println(out.lines().filter(l -> l.startsWith("OK") || l.startsWith("FAIL") || l.startsWith("DONE")
                        || l.startsWith("REFUSED"))
                .reduce("minimal host on " + driver + " " + String.join(" ", mode) + ":", (a, b) -> a + "\n  " + b));
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).as(out).contains("DONE failures=0").doesNotContain("FAIL ");
        return out;
    }

    private Path compileAgainstApiAndPf4jOnly() throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createDirectories(temp.resolve("classes"));
        String pf4j = jars(HOME.resolve("lib")).stream().filter(j -> j.contains("pf4j-")).findFirst().orElseThrow();
        String source = Path.of("src/test/minimal-host/org/example/minimalhost/MinimalHost.java").toAbsolutePath().toString();
        int result = compiler.run(null, null, null, "-d", out.toString(), "--release", "17",
                "-cp", System.getProperty("supervision.apiJar") + File.pathSeparator + pf4j, source);
        assertThat(result).as("javac against plugin-api and pf4j only").isZero();
        return out;
    }

    private static List<String> jars(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::toString).filter(f -> f.endsWith(".jar")).sorted().toList();
        }
    }
}
