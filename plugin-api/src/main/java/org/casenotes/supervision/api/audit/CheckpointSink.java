package org.casenotes.supervision.api.audit;

import java.util.Optional;

/**
 * The host's store of signed audit anchors, outside the database (files, an object store
 * with retention, a log service), kept apart per database identity so that one store may
 * serve several databases.
 *
 * <p>A checkpoint, once written, is never changed or overwritten: that is what lets {@code
 * verify} notice when the newest audit events, or a whole organisation's chain, were removed
 * from the database. Implementations must be thread-safe.
 */
public interface CheckpointSink {

    /**
     * Stores a checkpoint beside the earlier ones of its database. Writing again a checkpoint
     * whose database, sequence number and head MAC are already stored (two hosts anchoring the
     * same heads) changes nothing.
     *
     * @param checkpoint the signed checkpoint
     * @throws java.io.UncheckedIOException when it cannot be stored, or when a checkpoint of
     *     the same database and sequence number already exists with another head MAC
     */
    void write(Checkpoint checkpoint);

    /**
     * The checkpoint of one database with the highest sequence number.
     *
     * @param databaseId the database's identity, as in {@link Checkpoint#databaseId()}
     * @return the latest checkpoint, or empty before the first one
     * @throws java.io.UncheckedIOException when the store cannot be read
     * @implSpec the default filters {@link #latest()} (a 0.1 store serving one database);
     *     a store shared by several databases must override it
     */
    default Optional<Checkpoint> latest(String databaseId) {
        return latest().filter(checkpoint -> checkpoint.databaseId().equals(databaseId));
    }

    /**
     * The checkpoint with the highest sequence number, for a store that serves one database
     * (the 0.1 contract, kept so that 0.1 hosts keep working). A store shared by several
     * databases overrides {@link #latest(String)} and may refuse this call.
     *
     * @return the latest checkpoint, or empty before the first one
     * @throws java.io.UncheckedIOException when the store cannot be read
     * @throws UnsupportedOperationException when the store answers per database only
     */
    Optional<Checkpoint> latest();
}
