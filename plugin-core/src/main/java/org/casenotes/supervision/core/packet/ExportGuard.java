package org.casenotes.supervision.core.packet;

import java.time.LocalDate;

/**
 * What the export guard did to a packet: the 42 CFR Part 2 §2.32 redisclosure notice it carries
 * because it includes Part 2 records, and the psychotherapy notes it left out.
 *
 * @param part2Notes the notes in the packet that the host marks as Part 2 material
 * @param psychotherapyNotesLeftOut the psychotherapy notes left out of the packet
 * @param noticeId the notice's id (the day its wording came into force), or {@code null} when the
 *     packet has no Part 2 note
 * @param noticeEffectiveFrom the first day that wording is in force, or {@code null}
 * @param noticeCitation where the wording comes from, or {@code null}
 * @param notice the notice, word for word, or {@code null}
 */
public record ExportGuard(int part2Notes, int psychotherapyNotesLeftOut, String noticeId,
        LocalDate noticeEffectiveFrom, String noticeCitation, String notice) {

    /** A packet with nothing guarded. */
    public static final ExportGuard NONE = new ExportGuard(0, 0, null, null, null, null);

    /** Checks that a notice comes with Part 2 notes and the counts are not negative. */
    public ExportGuard {
        if (part2Notes < 0 || psychotherapyNotesLeftOut < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
        if ((part2Notes > 0) != (notice != null)) {
            throw new IllegalArgumentException("a packet with Part 2 notes, and only such a packet, carries the notice");
        }
    }
}
