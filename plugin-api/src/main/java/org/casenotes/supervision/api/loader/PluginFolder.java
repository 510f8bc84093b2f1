package org.casenotes.supervision.api.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the plugins folder holds, read before PF4J sees it: each zip and folder with the plugin
 * id and version of its {@code plugin.properties}, and the problems PF4J would not report, or
 * would report only in its log: unreadable zips, an extracted folder older than its zip, a
 * folder left from a removed zip, and one id in two files.
 */
final class PluginFolder {

    private static final String DESCRIPTOR = "plugin.properties";

    /** One plugin file: a zip, or a folder with a descriptor. */
    record Source(String file, String id, String version) {
    }

    private final List<Source> sources = new ArrayList<>();
    private final List<PluginReport> refused = new ArrayList<>();
    private final java.util.Set<String> unreadable = new java.util.HashSet<>();

    private PluginFolder() {
    }

    static PluginFolder read(Path folder) throws IOException {
        PluginFolder read = new PluginFolder();
        List<Path> entries;
        try (Stream<Path> listed = Files.list(folder)) {
            entries = listed.sorted().toList();
        }
        Map<String, Source> zips = new LinkedHashMap<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.endsWith(".zip") && Files.isRegularFile(entry)) {
                try {
                    Source zip = fromZip(entry);
                    zips.put(name.substring(0, name.length() - ".zip".length()), zip);
                    read.sources.add(zip);
                } catch (IOException e) {
                    read.unreadable.add(name);
                    read.unreadable.add(name.substring(0, name.length() - ".zip".length()));
                    read.refuse(name, PluginProblem.Kind.CORRUPT_ZIP, name + " is not a readable plugin zip"
                            + " (cut short or damaged); replace it with the zip as released");
                }
            }
        }
        for (Path entry : entries) {
            Path descriptor = entry.resolve(DESCRIPTOR);
            if (!Files.isDirectory(entry) || !Files.isRegularFile(descriptor)
                    || read.unreadable.contains(entry.getFileName().toString())) {
                continue;
            }
            String name = entry.getFileName().toString();
            Properties properties = load(Files.newInputStream(descriptor));
            Source folderSource = new Source(name + "/", properties.getProperty("plugin.id", name),
                    properties.getProperty("plugin.version", "-"));
            Source zip = zips.get(name);
            if (zip == null) {
                read.sources.add(folderSource);
            } else if (!zip.version().equals(folderSource.version())) {
                read.refuse(zip.id(), PluginProblem.Kind.STALE_FOLDER, "folder " + folderSource.file() + " holds "
                        + folderSource.version() + " but " + zip.file() + " holds " + zip.version()
                        + "; delete the folder so that the zip is extracted again");
            }
        }
        read.findDuplicates();
        return read;
    }

    /** The readable plugins, minus those refused. */
    List<Source> sources() {
        return sources.stream().filter(s -> refused.stream().noneMatch(r -> r.id().equals(s.id()))).toList();
    }

    /**
     * The names PF4J must not see: each unreadable zip, and the folder of its name (what PF4J
     * expanded of it before, whole or in part).
     */
    java.util.Set<String> unreadable() {
        return java.util.Set.copyOf(unreadable);
    }

    /** The files and plugin ids refused before loading, each with its problem. */
    List<PluginReport> refused() {
        return List.copyOf(refused);
    }

    private void findDuplicates() {
        Map<String, List<Source>> byId = new LinkedHashMap<>();
        sources.forEach(s -> byId.computeIfAbsent(s.id(), id -> new ArrayList<>()).add(s));
        byId.forEach((id, same) -> {
            if (same.size() < 2) {
                return;
            }
            Source first = same.get(0);
            Source second = same.get(1);
            Source folder = first.file().endsWith("/") ? first : second.file().endsWith("/") ? second : null;
            if (folder != null && same.size() == 2) {
                Source zip = folder == first ? second : first;
                refuse(id, PluginProblem.Kind.LEFTOVER_FOLDER, "folder " + folder.file() + " (" + folder.version()
                        + ") is left from a removed zip, beside " + zip.file() + " (" + zip.version()
                        + "); delete the folder");
            } else {
                refuse(id, PluginProblem.Kind.DUPLICATE_ID, id + " is in both " + first.file() + " ("
                        + first.version() + ") and " + second.file() + " (" + second.version() + "); keep one");
            }
        });
    }

    private void refuse(String id, PluginProblem.Kind kind, String message) {
        refused.add(new PluginReport(id, "-", "REFUSED", java.util.Optional.of(new PluginProblem(kind, message))));
    }

    private static Source fromZip(Path zipPath) throws IOException {
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            ZipEntry descriptor = zip.getEntry(DESCRIPTOR);
            if (descriptor == null) {
                throw new IOException("it has no " + DESCRIPTOR);
            }
            Properties properties = load(zip.getInputStream(descriptor));
            String id = properties.getProperty("plugin.id");
            if (id == null || id.isBlank()) {
                throw new IOException("its " + DESCRIPTOR + " names no plugin.id");
            }
            return new Source(zipPath.getFileName().toString(), id.strip(),
                    properties.getProperty("plugin.version", "-").strip());
        }
    }

    private static Properties load(InputStream stream) throws IOException {
        try (InputStream in = stream) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        }
    }
}
