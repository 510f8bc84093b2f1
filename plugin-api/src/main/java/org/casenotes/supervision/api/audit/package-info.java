/** The audit trail: its events, reports and the verification of its chain. */
package org.casenotes.supervision.api.audit;
