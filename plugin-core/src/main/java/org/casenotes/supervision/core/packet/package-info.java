/**
 * Supervision review packets: the packet's content as an immutable model, already resolved to
 * the chosen identity mode by the caller, and {@link org.casenotes.supervision.core.packet.PacketWriter},
 * which renders it and moves the file into place atomically.
 */
package org.casenotes.supervision.core.packet;
