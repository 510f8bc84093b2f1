package org.casenotes.supervision.benchmarks.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.disclosure.Severity;
import org.casenotes.supervision.core.packet.ActionItem;
import org.casenotes.supervision.core.packet.AgendaItem;
import org.casenotes.supervision.core.packet.Comment;
import org.casenotes.supervision.core.packet.Count;
import org.casenotes.supervision.core.packet.Cover;
import org.casenotes.supervision.core.packet.DisclosureEntry;
import org.casenotes.supervision.core.packet.Field;
import org.casenotes.supervision.core.packet.HoursLog;
import org.casenotes.supervision.core.packet.NoteSection;
import org.casenotes.supervision.core.packet.PacketContent;
import org.casenotes.supervision.core.packet.SignatureLine;
import org.casenotes.supervision.core.packet.StateChange;
import org.casenotes.supervision.core.packet.Summary;

/**
 * Packet content of any size, coded identities: every note has two self-disclosure entries
 * (eight form fields and six risk answers each) and two comments, one a reply. The texts
 * vary with the note's number so no two notes are byte-identical.
 */
public final class SyntheticPackets {

    private static final Instant GENERATED = Instant.parse("2026-06-30T16:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    private static final String[] TYPES = {"Facts", "Feelings", "Insight", "Strategies"};
    private static final String[] RISKS = {"Boundary blurring", "Imposing values", "Shifting goals",
            "Client burden", "Power differential", "Focus diversion"};

    private SyntheticPackets() {
    }

    /**
     * A packet of {@code notes} notes.
     *
     * @param notes how many notes
     * @return the content
     */
    public static PacketContent of(int notes) {
        List<NoteSection> sections = new ArrayList<>(notes);
        for (int i = 0; i < notes; i++) {
            sections.add(note(i));
        }
        Summary summary = new Summary(List.of(new Count("Co-signed", notes)), notes,
                List.of(new Count(TYPES[0], notes / 2), new Count(TYPES[1], notes / 2),
                        new Count(TYPES[2], notes / 2), new Count(TYPES[3], notes / 2)),
                List.of(new Count("motive", notes / 3)), Duration.ofHours(20), 0);
        Cover cover = new Cover("June 2026 supervision packet", "Dr. Sam Rivera",
                List.of("Jordan Lee", "Casey Moreno"), FROM, FROM.plusDays(29), null, GENERATED,
                ZoneOffset.UTC, "Confidential supervision record; share only with the people named on the cover.");
        HoursLog hours = new HoursLog(List.of(new HoursLog.Row(FROM, "Jordan Lee", "Individual supervision",
                "Individual", 60)), List.of(new Count("Individual supervision", 60)));
        return new PacketContent(cover, summary,
                List.of(new AgendaItem("Review flagged self-disclosures", "Entries with an unsure motive check.")),
                sections,
                List.of(new ActionItem("Re-read the self-disclosure guidance.", "Jordan Lee", FROM.plusDays(40), false)),
                hours,
                List.of(new SignatureLine("Supervisor", "Dr. Sam Rivera",
                        "I reviewed the notes and self-disclosures in this packet.")));
    }

    /**
     * Every text of the content's notes, in drawing order, for a renderer without layout.
     *
     * @param content the content
     * @param sink receives each text
     */
    public static void texts(PacketContent content, Consumer<String> sink) {
        sink.accept(content.cover().title());
        sink.accept(content.cover().confidentialityNotice());
        for (NoteSection note : content.notes().toList()) {
            sink.accept(note.noteId() + "  " + note.sessionDate() + "  " + note.clinician() + "  " + note.client()
                    + "  " + note.reviewState());
            for (DisclosureEntry entry : note.disclosures()) {
                sink.accept(entry.type() + ": " + entry.summary());
                entry.fields().forEach(f -> sink.accept(f.label() + ": " + f.value()));
                entry.riskScreen().forEach(f -> sink.accept(f.label() + ": " + f.value()));
            }
            note.flags().forEach(f -> sink.accept(f.ruleId() + ": " + f.explanation()));
            for (Comment comment : note.comments()) {
                sink.accept(comment.author() + " " + comment.at() + ": " + comment.text());
                comment.replies().forEach(r -> sink.accept(r.author() + " " + r.at() + ": " + r.text()));
            }
            note.history().forEach(h -> sink.accept(h.state() + " " + h.by() + " " + h.at()));
        }
    }

    private static NoteSection note(int i) {
        Instant submitted = GENERATED.minus(Duration.ofHours(24L * (i % 28) + 30));
        List<DisclosureEntry> entries = List.of(entry(i, 0), entry(i, 1));
        List<Flag> flags = i % 3 == 0
                ? List.of(new Flag("motive", Severity.REVIEW_REQUIRED, "The motive check was unsure.", 0))
                : List.of();
        Comment question = new Comment("Dr. Sam Rivera", submitted.plus(Duration.ofHours(2)),
                "What did you hope the disclosure in session " + (i + 1) + " would do for the client?",
                List.of(new Comment("Jordan Lee", submitted.plus(Duration.ofHours(5)),
                        "To show that the setback was common and could be worked through.", List.of())));
        return new NoteSection("note-" + (i + 1), FROM.plusDays(i % 30), i % 2 == 0 ? "Jordan Lee" : "Casey Moreno",
                "C-" + Integer.toString(10_000 + i * 7, 36).toUpperCase(), "Co-signed", entries, flags,
                List.of(question), List.of(new StateChange("Submitted", "Jordan Lee", submitted),
                        new StateChange("Co-signed", "Dr. Sam Rivera", submitted.plus(Duration.ofHours(20)))));
    }

    private static DisclosureEntry entry(int note, int index) {
        String type = TYPES[(note + index) % TYPES.length];
        List<Field> risks = new ArrayList<>();
        for (int r = 0; r < RISKS.length; r++) {
            risks.add(new Field(RISKS[r], (note + r + index) % 7 == 0 ? "Possible - watch frequency" : "No"));
        }
        return new DisclosureEntry(type, "In session " + (note + 1) + " I shared that I had also found a "
                + "move between cities hard in the first months, to normalise the client's adjustment (entry "
                + (index + 1) + ").", List.of(
                new Field("Mode", index == 0 ? "Deliberate" : "Client-initiated"),
                new Field("Involvement", "Self-revealing"),
                new Field("Intents", "Strengthen alliance, normalise"),
                new Field("Rationale", "The client has been withdrawing; a brief shared experience was meant "
                        + "to support the goal of re-engaging with friends and community groups."),
                new Field("Motive check", note % 3 == 0 ? "Unsure" : "Client benefit"),
                new Field("Focus returned to client", "Yes"),
                new Field("Client response", "Helpful - the client said the topic felt less shameful."),
                new Field("Discuss in supervision", note % 3 == 0 ? "Yes" : "No")), risks);
    }
}
