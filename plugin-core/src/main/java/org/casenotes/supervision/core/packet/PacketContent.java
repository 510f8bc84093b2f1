package org.casenotes.supervision.core.packet;

import java.util.List;
import java.util.Objects;

/**
 * Everything a packet shows, in the order it shows it. The caller resolves client identities
 * to the chosen identity mode before building it, so nothing here needs hiding.
 *
 * @param cover the cover page
 * @param summary the summary figures
 * @param agenda the agenda
 * @param notes one section per note, handed out one at a time (see {@link NoteSource})
 * @param actions the action items
 * @param hours the hours log
 * @param signatures the signature page's attestations
 * @param meetingSignatures the electronic signatures of the packet's meetings, as stored when made
 * @param guard the 42 CFR Part 2 notice the packet carries and the psychotherapy notes left out
 */
public record PacketContent(Cover cover, Summary summary, List<AgendaItem> agenda,
        NoteSource notes, List<ActionItem> actions, HoursLog hours,
        List<SignatureLine> signatures, List<ElectronicSignature> meetingSignatures, ExportGuard guard) {

    /**
     * A packet without meeting signatures and with nothing guarded.
     *
     * @param cover the cover page
     * @param summary the summary figures
     * @param agenda the agenda
     * @param notes the note sections, handed out one at a time
     * @param actions the action items
     * @param hours the hours log
     * @param signatures the signature page's attestations
     */
    public PacketContent(Cover cover, Summary summary, List<AgendaItem> agenda, NoteSource notes,
            List<ActionItem> actions, HoursLog hours, List<SignatureLine> signatures) {
        this(cover, summary, agenda, notes, actions, hours, signatures, List.of(), ExportGuard.NONE);
    }

    /**
     * Content whose notes are already in memory.
     *
     * @param cover the cover page
     * @param summary the summary figures
     * @param agenda the agenda
     * @param notes one section per note, copied
     * @param actions the action items
     * @param hours the hours log
     * @param signatures the signature page's attestations
     * @param meetingSignatures the electronic signatures of the packet's meetings
     * @param guard the 42 CFR Part 2 notice the packet carries and the psychotherapy notes left out
     */
    public PacketContent(Cover cover, Summary summary, List<AgendaItem> agenda, List<NoteSection> notes,
            List<ActionItem> actions, HoursLog hours, List<SignatureLine> signatures,
            List<ElectronicSignature> meetingSignatures, ExportGuard guard) {
        this(cover, summary, agenda, NoteSource.of(notes), actions, hours, signatures, meetingSignatures, guard);
    }

    /** Checks that nothing is null and copies the lists. */
    public PacketContent {
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(summary, "summary");
        agenda = List.copyOf(agenda);
        Objects.requireNonNull(notes, "notes");
        actions = List.copyOf(actions);
        Objects.requireNonNull(hours, "hours");
        signatures = List.copyOf(signatures);
        meetingSignatures = List.copyOf(meetingSignatures);
        Objects.requireNonNull(guard, "guard");
    }

    /**
     * Content whose notes are already in memory.
     *
     * @param cover the cover page
     * @param summary the summary figures
     * @param agenda the agenda
     * @param notes one section per note, copied
     * @param actions the action items
     * @param hours the hours log
     * @param signatures the signature page's attestations
     */
    public PacketContent(Cover cover, Summary summary, List<AgendaItem> agenda, List<NoteSection> notes,
            List<ActionItem> actions, HoursLog hours, List<SignatureLine> signatures) {
        this(cover, summary, agenda, NoteSource.of(notes), actions, hours, signatures);
    }
}
