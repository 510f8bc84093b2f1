/**
 * The typed errors of the plugin, one per kind of answer a host gives its user. Every
 * operation throws only subtypes of {@link
 * org.casenotes.supervision.api.error.SupervisionException}.
 */
package org.casenotes.supervision.api.error;
