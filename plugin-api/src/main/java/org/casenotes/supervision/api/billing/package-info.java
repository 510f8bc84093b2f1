/**
 * Billing readiness of supervised services: whether a note may be billed, under which
 * supervising practitioner, and how the supervisor was present. Payer rules vary; the
 * organisation's policy says per payer group whether a co-sign is required.
 */
package org.casenotes.supervision.api.billing;
