/**
 * The rules of input shared by the plugin and every host, so a text or a date is judged the
 * same way whichever route or host it comes through.
 */
package org.casenotes.supervision.api.input;
