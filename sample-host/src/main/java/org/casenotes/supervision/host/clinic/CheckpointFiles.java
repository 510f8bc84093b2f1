package org.casenotes.supervision.host.clinic;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.casenotes.supervision.api.audit.CheckpointSink;

/**
 * Audit anchors as files, one folder per database identity and one file per anchor ({@code
 * <database-id>/checkpoint-<sequence>.properties}), never overwritten. Files of releases before
 * 0.2 (checkpoints of the global chain, directly in the folder) are left alone. Thread-safe: a
 * file is created in one atomic step.
 */
final class CheckpointFiles implements CheckpointSink {

    private static final Pattern NAME = Pattern.compile("checkpoint-(\\d{20})\\.properties");

    private final Path directory;

    private CheckpointFiles(Path directory) {
        this.directory = directory;
    }

    static CheckpointFiles in(Path directory) throws IOException {
        OwnerOnlyFiles.createDirectories(directory);
        return new CheckpointFiles(directory);
    }

    @Override
    public void write(Checkpoint checkpoint) {
        Path folder = directory.resolve(checkpoint.databaseId());
        Path file = folder.resolve(String.format("checkpoint-%020d.properties", checkpoint.sequence()));
        String content = "database=" + checkpoint.databaseId() + "\nsequence=" + checkpoint.sequence()
                + "\nheadMac=" + checkpoint.headMac() + "\nat=" + checkpoint.at()
                + "\nsignature=" + checkpoint.signature() + "\n";
        try {
            OwnerOnlyFiles.createDirectories(folder);
            OwnerOnlyFiles.createNew(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            if (!read(file).headMac().equals(checkpoint.headMac())) {
                throw new UncheckedIOException("a different checkpoint exists: " + file, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the checkpoint cannot be written: " + file, e);
        }
    }

    /** This store keeps databases apart: ask {@link #latest(String)}. */
    @Override
    public Optional<Checkpoint> latest() {
        throw new UnsupportedOperationException("checkpoints are kept per database: call latest(databaseId)");
    }

    @Override
    public Optional<Checkpoint> latest(String databaseId) {
        Path folder = directory.resolve(databaseId);
        if (!folder.getParent().equals(directory) || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .max(Comparator.comparing(f -> f.getFileName().toString()))
                    .map(CheckpointFiles::read);
        } catch (IOException e) {
            throw new UncheckedIOException("the checkpoints in " + folder + " cannot be read", e);
        }
    }

    private static Checkpoint read(Path file) {
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            Matcher name = NAME.matcher(file.getFileName().toString());
            long sequence = Long.parseLong(properties.getProperty("sequence", "-1"));
            if (!name.matches() || Long.parseLong(name.group(1)) != sequence) {
                throw new IOException("its name does not match its sequence number");
            }
            String database = properties.getProperty("database", "");
            if (!database.equals(file.getParent().getFileName().toString())) {
                throw new IOException("it belongs to another database");
            }
            return new Checkpoint(database, sequence, properties.getProperty("headMac", ""),
                    Instant.parse(properties.getProperty("at", "")), properties.getProperty("signature", ""));
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("the checkpoint " + file + " cannot be read",
                    e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }
}
