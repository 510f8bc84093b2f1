/**
 * Supervision review packets: the options a host chooses for an export (identity mode, PDF/A
 * or password, signing key, language) and what an export reports back.
 */
package org.casenotes.supervision.api.packet;
