/** An organisation's review policy: thresholds, due days, attestation text. */
package org.casenotes.supervision.api.policy;
