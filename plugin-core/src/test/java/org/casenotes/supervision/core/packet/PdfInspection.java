package org.casenotes.supervision.core.packet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads back what a packet file holds: its text, bookmarks, metadata and attachment. */
final class PdfInspection {

    private PdfInspection() {
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text as drawn, without the stripper's right-to-left handling. */
    static String textInDrawingOrder(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            StringBuilder drawn = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(
                        org.apache.pdfbox.text.TextPosition text) {
                    drawn.append(text.getUnicode());
                }
            };
            stripper.getText(document);
            return drawn.toString();
        }
    }

    /** The base names of the fonts the pages use (subset prefixes included). */
    static List<String> fonts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> names = new ArrayList<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    String font = page.getResources().getFont(name).getName();
                    if (!names.contains(font)) {
                        names.add(font);
                    }
                }
            }
            return names;
        }
    }

    static List<String> bookmarks(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> titles = new ArrayList<>();
            collect(document.getDocumentCatalog().getDocumentOutline(), titles);
            return titles;
        }
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            collect(item, titles);
        }
    }

    /** Title, author, subject and keywords of the info dictionary, then the XMP packet. */
    static String metadata(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var info = document.getDocumentInformation();
            return String.join("\n", info.getTitle(), info.getAuthor(), info.getSubject(),
                    info.getKeywords(), new String(document.getDocumentCatalog().getMetadata()
                            .toByteArray(), StandardCharsets.UTF_8));
        }
    }

    static PDComplexFileSpecification attachmentSpec(PDDocument document, String name)
            throws IOException {
        return document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get(name);
    }

    static byte[] attachment(Path pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return attachmentSpec(document, name).getEmbeddedFileUnicode().toByteArray();
        }
    }

    static String afRelationship(Path pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return attachmentSpec(document, name).getCOSObject()
                    .getNameAsString(COSName.getPDFName("AFRelationship"));
        }
    }
}
