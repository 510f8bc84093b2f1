/**
 * The {@code supervision-review} PF4J plugin: the plugin class, the extension that creates
 * the module, and the wiring of the features.
 */
package org.casenotes.supervision.core;
