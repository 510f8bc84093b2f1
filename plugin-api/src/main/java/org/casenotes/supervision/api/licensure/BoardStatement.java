package org.casenotes.supervision.api.licensure;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A board statement written to a file: a supervisor's signed summary of one supervisee's
 * supervision in the board's fields, as a PDF/A-3b document with the board rows embedded as
 * CSV.
 *
 * @param file the file written
 * @param pages its number of pages
 * @param bytes its size in bytes
 * @param sha256 the SHA-256 of its bytes, lowercase hexadecimal
 * @param packId the rule pack whose fields and rules it uses
 * @param from the first day it covers
 * @param to the last day it covers
 * @param closeOut {@code true} for the close-out of an ended assignment, {@code false} for a
 *     statement over days asked for
 * @param signatureLine the fixed "Electronically signed by …" line it carries
 */
public record BoardStatement(Path file, int pages, long bytes, String sha256, String packId, LocalDate from,
        LocalDate to, boolean closeOut, String signatureLine) {

    /** Checks that nothing is null. */
    public BoardStatement {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(signatureLine, "signatureLine");
    }
}
