package org.casenotes.supervision.core.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A packet's note sections, handed out one at a time in the packet's order, so that a packet
 * of thousands of notes never holds them all: an export reads them from the database while
 * the pages are drawn. A source can be walked more than once and gives the same notes in the
 * same order each time (an export walks it inside one repeatable-read transaction).
 * Implementations need not be thread-safe.
 */
public interface NoteSource {

    /**
     * How many notes {@link #forEach} hands out.
     *
     * @return the count, zero or more
     */
    int count();

    /**
     * Hands each note to {@code each}, in order.
     *
     * @param each receives one note at a time; it should not keep them
     * @throws org.casenotes.supervision.api.error.StorageUnavailableException when the notes
     *     cannot be read
     */
    void forEach(Consumer<NoteSection> each);

    /**
     * Every note in one list: for tests and small packets only, since it holds them all.
     *
     * @return the notes, in order
     */
    default List<NoteSection> toList() {
        List<NoteSection> notes = new ArrayList<>();
        forEach(notes::add);
        return List.copyOf(notes);
    }

    /**
     * A source over notes already in memory.
     *
     * @param notes the notes, in order; copied
     * @return the source
     */
    static NoteSource of(List<NoteSection> notes) {
        return new Listed(notes);
    }

    /**
     * Notes already in memory; equal when the notes are.
     *
     * @param notes the notes, in order
     */
    record Listed(List<NoteSection> notes) implements NoteSource {

        /** Copies the notes. */
        public Listed {
            notes = List.copyOf(notes);
        }

        @Override
        public int count() {
            return notes.size();
        }

        @Override
        public void forEach(Consumer<NoteSection> each) {
            Objects.requireNonNull(each, "each");
            notes.forEach(each);
        }

        @Override
        public List<NoteSection> toList() {
            return notes;
        }
    }
}
