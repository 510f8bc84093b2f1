package org.casenotes.supervision.api.packet;

import java.nio.file.Path;
import org.casenotes.supervision.api.Actor;

/**
 * Exports supervision review packets from stored data: the supervisees' notes with their
 * self-disclosure sections, flags, comment threads and review history, the summary figures,
 * the meetings' agenda and action items, the hours log and a signature page.
 *
 * <p><b>Who may export</b>: a supervisor (role SUPERVISOR) with a PRIMARY or BACKUP assignment
 * for every named supervisee that holds on the host clock's current day, in the actor's own
 * organisation. Each export writes one {@code PRINT_EXPORT} audit event with the file's
 * SHA-256, after the file is in place; if that event cannot be stored, the file is deleted and
 * the error passes through, so there is never a packet without its audit event.
 * Implementations are thread-safe.
 */
public interface Packets {

    /**
     * Exports a packet to a file, replacing any file there.
     *
     * @param supervisor the supervisor who exports it
     * @param request the supervisees and the period or meeting
     * @param options identity mode, PDF/A or password, signing, language
     * @param destination the file to write; its folder must exist
     * @return what was written
     * @throws org.casenotes.supervision.api.error.NotFoundException when a supervisee or the
     *     meeting is unknown in the supervisor's organisation
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor is not a
     *     supervisor currently assigned to every supervisee, or does not lead the meeting
     * @throws org.casenotes.supervision.api.error.ValidationException when the destination's
     *     folder does not exist or the signing key cannot be used
     * @throws org.casenotes.supervision.api.error.StorageUnavailableException when the data
     *     cannot be read or the file cannot be written
     */
    PacketResult export(Actor supervisor, PacketRequest request, PacketOptions options, Path destination);
}
