package org.casenotes.supervision.core.packet.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/** The document's bookmarks: one per section, one per note under the notes section. */
final class Outline {

    private final PDDocumentOutline root = new PDDocumentOutline();

    Outline(PDDocument document) {
        document.getDocumentCatalog().setDocumentOutline(root);
    }

    PDOutlineItem section(String title, PDPage page, float top) {
        return add(root, title, page, top);
    }

    PDOutlineItem child(PDOutlineItem parent, String title, PDPage page, float top) {
        return add(parent, title, page, top);
    }

    void finish() {
        root.openNode();
    }

    private PDOutlineItem add(PDOutlineNode parent, String title, PDPage page, float top) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setLeft(0);
        destination.setTop(Math.round(top));
        PDOutlineItem item = new PDOutlineItem();
        // Bookmarks are drawn by the viewer with its own fonts: nothing needs substituting.
        item.setTitle(PacketFonts.plain(title));
        item.setDestination(destination);
        parent.addLast(item);
        return item;
    }
}
