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
 * Audit checkpoints as files, one per checkpoint ({@code checkpoint-<sequence>.properties}),
 * never overwritten. Thread-safe: a file is created in one atomic step.
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
        Path file = directory.resolve(String.format("checkpoint-%020d.properties", checkpoint.sequence()));
        String content = "sequence=" + checkpoint.sequence() + "\nheadMac=" + checkpoint.headMac()
                + "\nat=" + checkpoint.at() + "\nsignature=" + checkpoint.signature() + "\n";
        try {
            OwnerOnlyFiles.createNew(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            if (!read(file).headMac().equals(checkpoint.headMac())) {
                throw new UncheckedIOException("a different checkpoint exists: " + file, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the checkpoint cannot be written: " + file, e);
        }
    }

    @Override
    public Optional<Checkpoint> latest() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .max(Comparator.comparing(f -> f.getFileName().toString()))
                    .map(CheckpointFiles::read);
        } catch (IOException e) {
            throw new UncheckedIOException("the checkpoints in " + directory + " cannot be read", e);
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
            return new Checkpoint(sequence, properties.getProperty("headMac", ""),
                    Instant.parse(properties.getProperty("at", "")), properties.getProperty("signature", ""));
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("the checkpoint " + file + " cannot be read",
                    e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }
}
