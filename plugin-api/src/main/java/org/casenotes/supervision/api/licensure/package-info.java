/**
 * Licensure: board rule packs (one versioned document per board and licence type), the check
 * of a supervisee's supervision against their board's rules per week or month, and the
 * board-ready summary export.
 */
package org.casenotes.supervision.api.licensure;
