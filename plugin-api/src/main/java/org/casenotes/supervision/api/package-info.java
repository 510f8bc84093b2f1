/**
 * The entry point of the supervision plugin: the {@link
 * org.casenotes.supervision.api.SupervisionModuleProvider} extension point, the host SPI
 * ({@link org.casenotes.supervision.api.HostContext} and what it hands in) and the acting
 * {@link org.casenotes.supervision.api.Actor}.
 */
package org.casenotes.supervision.api;
