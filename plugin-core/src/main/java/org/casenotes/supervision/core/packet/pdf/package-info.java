/**
 * The PDF rendering of packets: the only package that knows PDFBox. Lays the packet out on A4
 * pages with an embedded DejaVu Sans subset, then adds the running header and footer,
 * bookmarks, metadata, PDF/A-3b conformance or AES-256 encryption, and a CMS signature.
 */
package org.casenotes.supervision.core.packet.pdf;
