package org.casenotes.supervision.host.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    private String run(String driver, String url) throws Exception {
        Path classes = compileAgainstApiAndPf4jOnly();
        Path plugins = PluginZips.folderWithBuiltPlugin(temp);
        List<String> classPath = new ArrayList<>(List.of(classes.toString(), System.getProperty("supervision.apiJar")));
        classPath.addAll(jars(HOME.resolve("lib")));
        classPath.addAll(jars(HOME.resolve(driver)));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath), "org.example.minimalhost.MinimalHost",
                plugins.toString(), url, temp.resolve("work").toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.println(out.lines().filter(l -> l.startsWith("OK") || l.startsWith("FAIL") || l.startsWith("DONE"))
                .reduce("minimal host on " + driver + ":", (a, b) -> a + "\n  " + b));
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).as(out).contains("DONE failures=0").doesNotContain("FAIL ")
                .contains("OK flow cycle=4").contains("state=CO_SIGNED").contains("OK closed module code=module.closed")
                .contains("part=DIRECTORY").contains("part=DATA_SOURCE").contains("part=CLOCK");
        assertThat(classPath).noneMatch(p -> p.contains("jackson-databind-2.23") || p.contains("pdfbox-3"));
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
