package org.casenotes.supervision.core.packet.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.core.packet.Cover;
import org.casenotes.supervision.core.packet.PacketContent;
import org.casenotes.supervision.core.packet.PacketRenderer;

/**
 * Renders a packet as PDF with PDFBox. The document's pages and streams live in temporary
 * files, not the heap, so memory stays bounded however many notes a packet holds. Stateless
 * and thread-safe.
 */
public final class PdfPacketRenderer implements PacketRenderer {

    private final List<Family> hostFamilies;

    /** A renderer with the plugin's own fonts. */
    public PdfPacketRenderer() {
        this(List.of());
    }

    /**
     * A renderer with the host's fonts as well.
     *
     * @param fonts TrueType files, each one face, tried after DejaVu Sans and before the
     *     plugin's fallbacks
     * @throws UncheckedIOException when a file cannot be read as a TrueType font
     */
    public PdfPacketRenderer(List<Path> fonts) {
        List<Family> families = new ArrayList<>();
        for (Path font : fonts) {
            try {
                Face face = Face.file(font);
                families.add(new Family(face.name(), () -> face, null, Set.of()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        this.hostFamilies = List.copyOf(families);
    }

    List<Family> hostFamilies() {
        return hostFamilies;
    }

    @Override
    public Rendered render(PacketContent content, PacketOptions options, StructuredData data,
            Path target) throws IOException {
        Calendar date = calendar(content.cover());
        Path unsigned = options.signing().isPresent()
                ? Files.createTempFile(target.toAbsolutePath().getParent(), ".packet-",
                        ".unsigned")
                : target;
        try {
            Rendered rendered;
            try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
                    PacketFonts fonts = new PacketFonts(document, hostFamilies)) {
                rendered = compose(document, fonts, content, options, data, date);
                fonts.finish();
                document.save(unsigned.toFile());
            }
            if (options.signing().isPresent()) {
                PacketSignature.sign(unsigned, target, options.signing().get(),
                        options.password().orElse(""), date);
            }
            return rendered;
        } finally {
            if (!unsigned.equals(target)) {
                Files.deleteIfExists(unsigned);
            }
        }
    }

    private static Rendered compose(PDDocument document, PacketFonts fonts,
            PacketContent content, PacketOptions options, StructuredData data, Calendar date)
            throws IOException {
        Labels labels = new Labels(options.locale());
        PageFlow flow = new PageFlow(document, fonts);
        Outline outline = new Outline(document);
        CoverPage.draw(flow, outline, content, options, labels);
        GuardPages.notice(flow, outline, content, labels);
        SummaryPages.summary(flow, outline, content, labels);
        SummaryPages.agenda(flow, outline, content, labels);
        int substitutedInNotes = NotePages.draw(flow, outline, content, labels);
        ClosingPages.actions(flow, outline, content, labels);
        ClosingPages.hours(flow, outline, content, labels);
        ClosingPages.signatures(flow, outline, content, labels);
        flow.finishPage();
        outline.finish();
        Cover cover = content.cover();
        PageFrame.decorate(document, flow, cover.confidentialityNotice(), cover.title(), labels);

        Metadata.write(document, new Metadata.Description(
                PacketFonts.plain(cover.title()),
                PacketFonts.plain(cover.supervisor()),
                labels.format("meta.subject", Labels.date(cover.from()), Labels.date(cover.to())),
                labels.get("meta.keywords"),
                options.locale().toLanguageTag(), date, options.pdfA()));
        byte[] digest = Archive.attach(document, data, date);
        if (options.pdfA()) {
            Archive.outputIntent(document);
        }
        Archive.identify(document, digest, options.toString());
        if (options.password().isPresent()) {
            Protection.encrypt(document, options.password().get());
        }
        // The notes were counted as they were drawn; this visits everything else.
        int[] substituted = {substitutedInNotes};
        ContentText.forEach(content, text -> substituted[0] += fonts.undrawable(text));
        return new Rendered(document.getNumberOfPages(), substituted[0]);
    }

    /** The file's dates: the generation time to the second, in UTC. */
    private static Calendar calendar(Cover cover) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"),
                Locale.ROOT);
        calendar.setTimeInMillis(cover.generatedAt().truncatedTo(ChronoUnit.SECONDS)
                .toEpochMilli());
        return calendar;
    }
}
