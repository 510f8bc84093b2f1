/**
 * What the plugin does with the parts a host hands in: every unchecked failure of one of them
 * becomes a {@link org.casenotes.supervision.api.error.HostFailureException} naming the part.
 */
package org.casenotes.supervision.core.host;
