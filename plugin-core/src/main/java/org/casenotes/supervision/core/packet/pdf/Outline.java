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
    private final PacketFonts fonts;

    Outline(PDDocument document, PacketFonts fonts) {
        this.fonts = fonts;
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
        // Bookmarks are shown by the viewer's own font, so only invisible characters go.
        item.setTitle(fonts.drawable(title).replace('\n', ' '));
        item.setDestination(destination);
        parent.addLast(item);
        return item;
    }
}
