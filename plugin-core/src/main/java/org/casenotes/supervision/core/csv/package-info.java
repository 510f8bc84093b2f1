/**
 * The plugin's one CSV writer (RFC 4180 through Apache Commons CSV, formula cells neutralised),
 * shared by every CSV export.
 */
package org.casenotes.supervision.core.csv;
