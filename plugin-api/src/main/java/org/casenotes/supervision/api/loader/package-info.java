/**
 * The loader a host calls to get the supervision features from a plugins folder, with a typed
 * reason whenever they are unavailable. Uses PF4J, which the host provides.
 */
package org.casenotes.supervision.api.loader;
