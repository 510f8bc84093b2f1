package org.casenotes.supervision.api.audit;

import java.util.Optional;

/**
 * The host's store of signed audit checkpoints, outside the database (files, an object store
 * with retention, a log service).
 *
 * <p>A checkpoint, once written, is never changed or overwritten: that is what lets {@code
 * verify} notice when the newest audit events were removed from the database. Implementations
 * must be thread-safe.
 */
public interface CheckpointSink {

    /**
     * Stores a checkpoint beside the earlier ones. Writing again a checkpoint whose sequence
     * number and head MAC are already stored (two hosts checkpointing the same head) changes
     * nothing.
     *
     * @param checkpoint the signed checkpoint
     * @throws java.io.UncheckedIOException when it cannot be stored, or when a checkpoint of
     *     the same sequence number already exists with another head MAC
     */
    void write(Checkpoint checkpoint);

    /**
     * The checkpoint with the highest sequence number.
     *
     * @return the latest checkpoint, or empty before the first one
     * @throws java.io.UncheckedIOException when the store cannot be read
     */
    Optional<Checkpoint> latest();
}
