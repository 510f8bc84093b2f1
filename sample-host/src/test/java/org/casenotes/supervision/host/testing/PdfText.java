package org.casenotes.supervision.host.testing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Extracts the text of a PDF with the PDFBox that ships in the built plugin zip, loaded in a
 * class loader of its own: the host's class path has no PDFBox, and the tests keep it that way.
 */
public final class PdfText {

    private PdfText() {
    }

    /**
     * The text of every page.
     *
     * @param pdf the file
     * @param scratch a folder for the plugin's library jars
     * @return the extracted text
     * @throws Exception when the file is not a readable PDF
     */
    public static String of(Path pdf, Path scratch) throws Exception {
        List<URL> jars = new ArrayList<>();
        Path lib = Files.createDirectories(scratch.resolve("pdfbox-lib"));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(PluginZips.built()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.startsWith("lib/") && (name.contains("pdfbox") || name.contains("fontbox")
                        || name.contains("commons-logging"))) {
                    Path jar = lib.resolve(name.substring(4));
                    copy(zip, jar);
                    jars.add(jar.toUri().toURL());
                }
            }
        }
        try (URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> pdfLoader = loader.loadClass("org.apache.pdfbox.Loader");
            Object document = pdfLoader.getMethod("loadPDF", java.io.File.class).invoke(null, pdf.toFile());
            try {
                Class<?> stripper = loader.loadClass("org.apache.pdfbox.text.PDFTextStripper");
                Object text = stripper.getConstructor().newInstance();
                Method getText = stripper.getMethod("getText", loader.loadClass("org.apache.pdfbox.pdmodel.PDDocument"));
                return (String) getText.invoke(text, document);
            } finally {
                ((AutoCloseable) document).close();
            }
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.write(target, in.readAllBytes());
    }
}
