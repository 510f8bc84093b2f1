/** The self-disclosure section of a progress note: its entries, flags and their severities. */
package org.casenotes.supervision.api.disclosure;
