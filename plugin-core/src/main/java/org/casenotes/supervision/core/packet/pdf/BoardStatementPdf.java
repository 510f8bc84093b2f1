package org.casenotes.supervision.core.packet.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casenotes.supervision.core.packet.BoardStatementContent;
import org.casenotes.supervision.core.packet.BoardStatementContent.Pair;

/**
 * Draws a board statement as a PDF/A-3b file with the packet's fonts, page frame, metadata and
 * archival parts: the title and facts, the summary table in the board's fields, totals, the rules
 * not met, and the supervisor's signature statement; the board rows are embedded as
 * {@code board-summary.csv} (AFRelationship Data). Only draws: every word comes in the content.
 * Stateless and thread-safe.
 */
public final class BoardStatementPdf {

    /** The embedded file's name. */
    public static final String ATTACHMENT = "board-summary.csv";

    private static final float SIGNATURE_BLOCK = 200f;
    /** The narrowest column, in points, so a header keeps a few letters a line. */
    private static final float MIN_COLUMN = 34f;
    /** Room around a cell's text: the table's padding on both sides and a little more. */
    private static final float CELL_SLACK = 14f;

    private final List<Family> hostFamilies;

    /**
     * A renderer with the host's fonts as well as the plugin's.
     *
     * @param fonts TrueType files, each one face, tried after DejaVu Sans
     * @throws UncheckedIOException when a file cannot be read as a TrueType font
     */
    public BoardStatementPdf(List<Path> fonts) {
        this.hostFamilies = new PdfPacketRenderer(fonts).hostFamilies();
    }

    /**
     * Draws the statement into {@code target}, replacing it.
     *
     * @param content what it shows
     * @param csv the board rows as CSV, embedded in the file
     * @param target the file to write
     * @return the number of pages
     * @throws IOException when the file cannot be written
     */
    public int render(BoardStatementContent content, String csv, Path target) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.setTimeInMillis(content.generatedAt().truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
                PacketFonts fonts = new PacketFonts(document, hostFamilies)) {
            Labels labels = new Labels(content.locale());
            PageFlow flow = new PageFlow(document, fonts);
            Outline outline = new Outline(document);
            draw(flow, outline, content);
            flow.finishPage();
            outline.finish();
            PageFrame.decorate(document, flow, content.notice(), content.title(), labels);
            Metadata.write(document, new Metadata.Description(PacketFonts.plain(content.title()),
                    PacketFonts.plain(content.signature().details().isEmpty() ? ""
                            : content.signature().details().get(0).value()),
                    PacketFonts.plain(content.tableTitle()), content.tableTitle(),
                    content.locale().toLanguageTag(), date, true));
            byte[] digest = Archive.attach(document, out -> out.write(csv.getBytes(StandardCharsets.UTF_8)), date,
                    ATTACHMENT, "text/csv", "The board summary's rows");
            Archive.outputIntent(document);
            Archive.identify(document, digest, content.title());
            fonts.finish();
            document.save(target.toFile());
            return document.getNumberOfPages();
        }
    }

    private static void draw(PageFlow flow, Outline outline, BoardStatementContent content) {
        Headings.section(flow, outline, content.title());
        facts(flow, content.facts());

        Headings.continuing(flow, outline, content.tableTitle());
        // Each column as wide as its widest cell (headers wrap instead), so dates and figures stay on one line.
        List<Table.Column> columns = new ArrayList<>();
        for (int i = 0; i < content.columns().size(); i++) {
            float widest = MIN_COLUMN;
            for (List<String> row : content.rows()) {
                widest = Math.max(widest, flow.width(row.get(i), flow.body()) + CELL_SLACK);
            }
            String header = content.columns().get(i);
            columns.add(i == 0 ? Table.Column.left(header, widest) : Table.Column.right(header, widest));
        }
        Table table = new Table(flow, 0, columns);
        for (List<String> row : content.rows()) {
            table.row(row.toArray(String[]::new));
        }
        table.end();

        if (content.totalsTitle() != null && !content.totals().isEmpty()) {
            Headings.sub(flow, content.totalsTitle());
            facts(flow, content.totals());
        }
        for (String note : content.notes()) {
            flow.down(4);
            flow.paragraph(note, flow.body(), 0);
        }
        signature(flow, outline, content.signature());
    }

    /** Label and value pairs, one per line, the label in bold. */
    private static void facts(PageFlow flow, List<Pair> facts) {
        for (Pair fact : facts) {
            flow.paragraph(fact.label() + ": " + fact.value(), flow.body(), 0);
            flow.down(2);
        }
    }

    private static void signature(PageFlow flow, Outline outline, BoardStatementContent.Signature signature) {
        flow.keep(SIGNATURE_BLOCK);
        Headings.continuing(flow, outline, signature.heading());
        flow.paragraph(signature.attestation(), flow.body(), 0);
        flow.down(8);
        facts(flow, signature.details());
        flow.down(8);
        flow.paragraph(signature.signatureLine(), flow.strong(), 0);
        flow.down(30);
        float y = flow.y();
        flow.rule(Theme.INK, 0.6f, Theme.MARGIN, y, Theme.MARGIN + Theme.CONTENT_WIDTH * 0.62f, y);
        flow.down(12);
    }
}
