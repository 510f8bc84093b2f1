package org.casenotes.supervision.host.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The plugin zip as the build made it (plugin-core/target), and variants of it for fault
 * tests. Nothing is built here: a test that runs before {@code package} fails plainly.
 */
public final class PluginZips {

    private PluginZips() {
    }

    /**
     * The built plugin zip.
     *
     * @return its path in plugin-core/target
     */
    public static Path built() {
        Path target = Path.of(System.getProperty("supervision.pluginBuildDir", "../plugin-core/target"));
        try (Stream<Path> files = Files.list(target)) {
            List<Path> zips = files.filter(f -> f.getFileName().toString().matches("supervision-review-.*\\.zip")).toList();
            if (zips.size() != 1) {
                throw new IllegalStateException("expected one supervision-review-*.zip in " + target.toAbsolutePath()
                        + ", found " + zips + "; run ./mvnw package first");
            }
            return zips.get(0);
        } catch (IOException e) {
            throw new IllegalStateException("no plugin build in " + target.toAbsolutePath() + "; run ./mvnw package first", e);
        }
    }

    /**
     * A fresh plugins folder holding a copy of the built zip.
     *
     * @param parent where to create the folder
     * @return the plugins folder
     * @throws IOException when copying fails
     */
    public static Path folderWithBuiltPlugin(Path parent) throws IOException {
        Path folder = Files.createDirectories(parent.resolve("plugins"));
        Files.copy(built(), folder.resolve(built().getFileName()));
        return folder;
    }

    /**
     * Copies the built zip, changing its {@code plugin.properties}.
     *
     * @param destination the new zip
     * @param change what to do to the properties text
     * @return the new zip
     * @throws IOException when reading or writing fails
     */
    public static Path withDescriptor(Path destination, UnaryOperator<String> change) throws IOException {
        return rewrite(built(), destination, Map.of("plugin.properties", change), Map.of());
    }

    /**
     * A later release of the plugin made from the built zip: {@code plugin.version} set to a new
     * version, and migration scripts added to the plugin's classes and to the build's list of
     * them ({@code storage/migrations.index}), as a real release with new migrations ships them.
     *
     * @param destination the new zip, such as {@code supervision-review-0.2.0.zip}
     * @param version the new {@code plugin.version}
     * @param migrations script name (such as {@code V18_1__upgrade_probe.sql}) mapped to its SQL,
     *     for every database
     * @return the new zip
     * @throws IOException when reading or writing fails
     */
    public static Path release(Path destination, String version, Map<String, String> migrations) throws IOException {
        String storage = "classes/org/casenotes/supervision/core/storage/";
        Map<String, byte[]> extra = new java.util.LinkedHashMap<>();
        StringBuilder listed = new StringBuilder();
        migrations.forEach((name, sql) -> {
            extra.put(storage + "migration/" + name, sql.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            listed.append("migration/").append(name).append('\n');
        });
        return rewrite(built(), destination, Map.of(
                "plugin.properties", text -> text.replaceAll("(?m)^plugin\\.version=.*$", "plugin.version=" + version),
                storage + "migrations.index", text -> (text.endsWith("\n") || text.isEmpty() ? text : text + "\n") + listed),
                extra);
    }

    /**
     * Copies the built zip without the entries whose names start with a prefix.
     *
     * @param destination the new zip
     * @param prefix such as {@code lib/jackson-databind}
     * @return the new zip
     * @throws IOException when reading or writing fails
     */
    public static Path without(Path destination, String prefix) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(built()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(destination))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (!entry.isDirectory() && !entry.getName().startsWith(prefix)) {
                    put(out, entry.getName(), bytes);
                }
            }
        }
        return destination;
    }

    /**
     * Writes a plugin zip with the given descriptor and extra class files.
     *
     * @param destination the new zip
     * @param descriptor the plugin.properties text
     * @param classes entry name under classes/ mapped to the bytes
     * @return the new zip
     * @throws IOException when writing fails
     */
    public static Path plugin(Path destination, String descriptor, Map<String, byte[]> classes) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(destination))) {
            put(out, "plugin.properties", descriptor.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                put(out, "classes/" + entry.getKey(), entry.getValue());
            }
        }
        return destination;
    }

    private static Path rewrite(Path source, Path destination, Map<String, UnaryOperator<String>> changes,
            Map<String, byte[]> extra) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(destination))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                UnaryOperator<String> change = changes.get(entry.getName());
                if (change != null) {
                    bytes = change.apply(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                }
                if (!entry.isDirectory()) {
                    put(out, entry.getName(), bytes);
                }
            }
            for (Map.Entry<String, byte[]> entry : extra.entrySet()) {
                put(out, entry.getKey(), entry.getValue());
            }
        }
        return destination;
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /**
     * The bytes of a compiled test class, to place in a hand-made plugin.
     *
     * @param type the class
     * @return its class file
     * @throws IOException when it cannot be read
     */
    public static byte[] classFile(Class<?> type) throws IOException {
        String name = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " not found");
            }
            return in.readAllBytes();
        }
    }

    /**
     * The first bytes of the built zip, as a copy or download that stopped part-way leaves it.
     *
     * @param destination the new zip
     * @param bytes how many bytes of the built zip to keep
     * @return the new zip
     * @throws IOException when reading or writing fails
     */
    public static Path truncated(Path destination, long bytes) throws IOException {
        try (InputStream in = Files.newInputStream(built()); OutputStream out = Files.newOutputStream(destination)) {
            out.write(in.readNBytes(Math.toIntExact(bytes)));
        }
        return destination;
    }

    /**
     * Writes bytes that are not a zip.
     *
     * @param destination the file
     * @return the file
     * @throws IOException when writing fails
     */
    public static Path corrupt(Path destination) throws IOException {
        try (OutputStream out = Files.newOutputStream(destination)) {
            out.write("PK\u0003\u0004 this is not really a zip".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return destination;
    }
}
