package org.casenotes.supervision.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.benchmarks.support.SyntheticPackets;
import org.casenotes.supervision.core.packet.PacketContent;
import org.casenotes.supervision.core.packet.PacketWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A PDF/A, coded-identity packet export through {@link PacketWriter} against bare PDFBox
 * writing the same texts, one line after another, with the same embedded DejaVu Sans faces
 * and the same temporary-file page cache. Every fork runs with {@code -Xmx256m}, so the
 * 5,000-note export also shows it completes in that heap. Targets: at most 1.5x the
 * baseline; time per note at 5,000 within 1.2x of that at 100.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class PacketExportBenchmark {

    /** Where the plugin keeps its fonts. */
    static final String FONTS = "/org/casenotes/supervision/core/packet/pdf/";
    private static final float FONT_SIZE = 9f;
    private static final float LEADING = 12f;
    private static final float MARGIN = 54f;
    private static final int LINE_LENGTH = 100;

    /** Notes in the packet. */
    @Param({"100", "1000", "5000"})
    public int packetNotes;

    private PacketContent content;
    private PacketOptions options;
    private Path folder;
    private final PacketWriter writer = PacketWriter.pdf();

    /**
     * Builds the content and a scratch folder.
     *
     * @throws IOException when the folder cannot be made
     */
    @Setup(Level.Trial)
    public void prepare() throws IOException {
        content = SyntheticPackets.of(packetNotes);
        options = PacketOptions.defaults().withIdentity(IdentityMode.CODED).withPdfA(true);
        folder = Files.createTempDirectory("sr-packet-bench");
    }

    /**
     * Removes the scratch folder.
     *
     * @throws IOException when a file cannot be deleted
     */
    @TearDown(Level.Trial)
    public void clean() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    /**
     * The packet through the plugin's writer.
     *
     * @return the result, with the file's size
     */
    @Benchmark
    public PacketResult packetWriter() {
        return writer.write(content, options, folder.resolve("packet.pdf"));
    }

    /**
     * The baseline: the same texts as plain lines with the same fonts, no layout.
     *
     * @return the file's size
     * @throws IOException when the file cannot be written
     */
    @Benchmark
    public long baselineBarePdfBox() throws IOException {
        return barePdf(content, folder.resolve("bare.pdf"));
    }

    /**
     * Writes the packet's texts as lines on pages with the plugin's embedded fonts.
     *
     * @param content the packet content
     * @param target the file
     * @return the file's size in bytes
     * @throws IOException when the file cannot be written
     */
    static long barePdf(PacketContent content, Path target) throws IOException {
        List<String> lines = new ArrayList<>();
        SyntheticPackets.texts(content, text -> {
            for (int at = 0; at < text.length(); at += LINE_LENGTH) {
                lines.add(text.substring(at, Math.min(text.length(), at + LINE_LENGTH)));
            }
        });
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
                TrueTypeFont regularFile = font("DejaVuSans.ttf");
                TrueTypeFont boldFile = font("DejaVuSans-Bold.ttf")) {
            PDType0Font regular = PDType0Font.load(document, regularFile, true);
            PDType0Font bold = PDType0Font.load(document, boldFile, true);
            PDRectangle size = PDRectangle.LETTER;
            int perPage = (int) ((size.getHeight() - 2 * MARGIN) / LEADING);
            for (int first = 0; first < lines.size(); first += perPage) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.beginText();
                    stream.setFont(bold, FONT_SIZE);
                    stream.setLeading(LEADING);
                    stream.newLineAtOffset(MARGIN, size.getHeight() - MARGIN);
                    stream.showText("Page " + (first / perPage + 1));
                    stream.setFont(regular, FONT_SIZE);
                    for (String line : lines.subList(first, Math.min(lines.size(), first + perPage))) {
                        stream.newLine();
                        stream.showText(line);
                    }
                    stream.endText();
                }
            }
            Files.deleteIfExists(target);
            document.save(target.toFile());
        }
        return Files.size(target);
    }

    private static TrueTypeFont font(String name) throws IOException {
        try (InputStream in = PacketExportBenchmark.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IOException("the plugin's font " + name + " is not on the class path");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }
}
