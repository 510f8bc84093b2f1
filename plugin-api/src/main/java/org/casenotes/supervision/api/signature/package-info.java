/**
 * Electronic signatures as payers and boards read them: the signer's name, credentials and
 * licence, the date, fixed "Electronically signed by" wording and the attestation signed; a
 * late co-sign carries a late-signature attestation and keeps its true date.
 */
package org.casenotes.supervision.api.signature;
