package org.casenotes.supervision.core.packet.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The document's description, written twice with the same values as PDF/A asks: the document
 * information dictionary and the XMP packet; plus the language and viewer preferences.
 */
final class Metadata {

    static final String PRODUCER = "Supervision Review packet renderer (Apache PDFBox)";

    private Metadata() {
    }

    /**
     * The description of one packet.
     *
     * @param title the document title
     * @param author who the packet is by (the supervisor)
     * @param subject one sentence about it
     * @param keywords comma-separated keywords
     * @param language the BCP 47 language tag
     * @param date creation and modification date
     * @param pdfA whether to declare PDF/A-3b conformance
     */
    record Description(String title, String author, String subject, String keywords,
            String language, Calendar date, boolean pdfA) {
    }

    static void write(PDDocument document, Description description) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(description.title());
        info.setAuthor(description.author());
        info.setSubject(description.subject());
        info.setKeywords(description.keywords());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(description.date());
        info.setModificationDate(description.date());

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(description.language());
        PDViewerPreferences preferences = new PDViewerPreferences(
                new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        catalog.setPageMode(PageMode.USE_OUTLINES);

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(description));
        catalog.setMetadata(metadata);
    }

    private static byte[] xmp(Description description) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(description.title());
        dublinCore.addCreator(description.author());
        dublinCore.setDescription(description.subject());
        dublinCore.addLanguage(description.language());
        dublinCore.setFormat("application/pdf");

        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setKeywords(description.keywords());
        pdf.setProducer(PRODUCER);

        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(description.date());
        basic.setModifyDate(description.date());
        basic.setMetadataDate(description.date());

        if (description.pdfA()) {
            PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
            identification.setPart(3);
            try {
                identification.setConformance("B");
            } catch (BadFieldValueException e) {
                throw new IllegalStateException("B is a valid PDF/A conformance level", e);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("the XMP metadata could not be written", e);
        }
        return out.toByteArray();
    }
}
