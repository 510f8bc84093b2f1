package org.casenotes.supervision.core.packet.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.casenotes.supervision.core.packet.PacketRenderer.StructuredData;

/**
 * What makes the file archival: the embedded {@code packet.json} (AFRelationship Data), the
 * sRGB output intent, and a document id derived from the content so equal packets are equal
 * files.
 */
final class Archive {

    static final String ATTACHMENT = "packet.json";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private Archive() {
    }

    /** Embeds the packet's data; returns the SHA-256 of what was embedded. */
    static byte[] attach(PDDocument document, StructuredData data, Calendar date)
            throws IOException {
        return attach(document, data, date, ATTACHMENT, "application/json", "The packet's structured data");
    }

    /**
     * Embeds one file as the document's associated data (AFRelationship Data), as PDF/A-3 asks.
     *
     * @param document the document
     * @param data writes the file's bytes
     * @param date the file's dates
     * @param name the file's name
     * @param mediaType its MIME type
     * @param description what it is
     * @return the SHA-256 of what was embedded
     * @throws IOException when it cannot be written
     */
    static byte[] attach(PDDocument document, StructuredData data, Calendar date, String name,
            String mediaType, String description) throws IOException {
        MessageDigest digest = sha256();
        PDEmbeddedFile file = new PDEmbeddedFile(document);
        long size;
        try (OutputStream stream = file.createOutputStream(COSName.FLATE_DECODE);
                CountingStream counting = new CountingStream(stream);
                DigestOutputStream out = new DigestOutputStream(counting, digest)) {
            data.writeTo(out);
            out.flush();
            size = counting.count();
        }
        file.setSubtype(mediaType);
        file.setSize((int) Math.min(Integer.MAX_VALUE, size));
        file.setCreationDate(date);
        file.setModDate(date);

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setFileDescription(description);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");

        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(name, spec));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
        return digest.digest();
    }

    static void outputIntent(PDDocument document) throws IOException {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    /** A fixed document id: the first 16 bytes of a hash over the content and the options. */
    static void identify(PDDocument document, byte[] contentDigest, String options) {
        MessageDigest digest = sha256();
        digest.update(contentDigest);
        digest.update(options.getBytes(StandardCharsets.UTF_8));
        byte[] id = Arrays.copyOf(digest.digest(), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Counts the bytes written through it; does not close the stream it wraps early. */
    private static final class CountingStream extends FilterOutputStream {

        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        long count() {
            return count;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
