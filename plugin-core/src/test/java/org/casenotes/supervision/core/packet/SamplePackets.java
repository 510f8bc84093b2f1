package org.casenotes.supervision.core.packet;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.disclosure.Severity;
import org.casenotes.supervision.api.packet.IdentityMode;

/** Packets built from a small, varied, multilingual caseload, for tests and the README. */
final class SamplePackets {

    static final Instant GENERATED_AT = Instant.parse("2026-03-31T17:30:00Z");
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    /** A client as the host knows them; what the packet shows depends on the identity mode. */
    record Client(String code, String given, String family, LocalDate dateOfBirth) {

        String label(IdentityMode mode) {
            return switch (mode) {
                case CODED -> code;
                case INITIALS -> given.substring(0, 1) + "." + family.substring(0, 1) + ".";
                case FULL -> given + " " + family;
            };
        }
    }

    static final List<Client> CLIENTS = List.of(
            new Client("C-4Q7H", "Zoë", "Ångström-Novák", LocalDate.of(1988, 4, 12)),
            new Client("C-9KD2", "Αλέξανδρος", "Παπαδόπουλος", LocalDate.of(1979, 11, 3)),
            new Client("C-2MXR", "Мария", "Иванова", LocalDate.of(1995, 6, 21)),
            new Client("C-7TBW", "דנה", "כהן", LocalDate.of(1991, 2, 8)),
            new Client("C-5PLN", "Łukasz", "Żółtowski", LocalDate.of(1983, 9, 30)));

    static final String[] TYPES = {"Facts", "Feelings", "Insight", "Strategies", "Reassurance",
            "Immediacy"};

    private SamplePackets() {
    }

    static String summaryOf(int note) {
        String[] topics = {"I shared that I also moved countries as a young adult and found the "
                + "first winter hard", "I said I felt moved by how openly the client spoke "
                + "about their father", "I described a grounding strategy that helps me before "
                + "difficult conversations", "I mentioned that I had also taken a career break "
                + "to care for a parent", "I told the client I noticed myself feeling protective "
                + "of them in this session"};
        return topics[note % topics.length] + " (session " + (note + 1) + ").";
    }

    static PacketContent packet(IdentityMode mode, int noteCount) {
        List<NoteSection> notes = new ArrayList<>();
        Map<String, Long> byType = new LinkedHashMap<>();
        for (String type : TYPES) {
            byType.put(type, 0L);
        }
        for (int i = 0; i < noteCount; i++) {
            Client client = CLIENTS.get(i % CLIENTS.size());
            List<DisclosureEntry> entries = new ArrayList<>();
            if (i % 4 != 3) {
                String type = TYPES[(i * 7 + i / 3) % TYPES.length];
                byType.merge(type, 1L, Long::sum);
                entries.add(entry(type, summaryOf(i), i));
            }
            notes.add(new NoteSection("note-" + (i + 1), FROM.plusDays(i % 30), "Jordan Avery",
                    client.label(mode), i % 5 == 0 ? "Changes requested" : "Co-signed", entries,
                    flags(i, entries.isEmpty()), comments(i), history(i)));
        }
        List<Count> types = new ArrayList<>();
        byType.forEach((type, count) -> types.add(new Count(type, count)));
        Summary summary = new Summary(
                List.of(new Count("Co-signed", noteCount - (noteCount + 4) / 5),
                        new Count("Changes requested", (noteCount + 4) / 5)),
                notes.stream().filter(n -> !n.disclosures().isEmpty()).count(), types,
                List.of(new Count("motive", Math.max(1, noteCount / 3)),
                        new Count("risk.boundary-blurring", noteCount / 4),
                        new Count("pattern", noteCount / 6)),
                Duration.ofHours(26).plusMinutes(40), 2);
        return new PacketContent(cover(), summary, agenda(), notes, actions(), hours(),
                signatures());
    }

    static Cover cover() {
        return new Cover("March 2026 supervision packet", "Dr. Renée Okafor",
                List.of("Jordan Avery", "Sam Delgado"), FROM, TO,
                new Cover.Meeting("Monthly individual supervision", LocalDate.of(2026, 3, 31)),
                GENERATED_AT, ZoneId.of("America/New_York"),
                "Confidential supervision record. Contains protected health information; "
                        + "share only with the supervisor and supervisee named on the cover.");
    }

    private static DisclosureEntry entry(String type, String summary, int i) {
        return new DisclosureEntry(type, summary, List.of(
                new Field("Mode", i % 6 == 1 ? "Client-initiated" : "Deliberate"),
                new Field("Involvement", "Self-revealing"),
                new Field("Intents", "Strengthen alliance, normalize"),
                new Field("Rationale", "The client has been isolating since the move; naming "
                        + "a shared experience was meant to normalise the adjustment and "
                        + "support the goal of re-engaging with community."),
                new Field("Motive check", i % 3 == 0 ? "Unsure" : "Client benefit"),
                new Field("Focus returned to client", "Yes"),
                new Field("Client response", "Helpful \u2014 client said it made the topic "
                        + "feel less shameful."),
                new Field("Discuss in supervision", i % 3 == 0 ? "Yes" : "No")),
                List.of(new Field("Boundary blurring", i % 4 == 0 ? "Possible \u2014 check "
                                + "frequency" : "No"),
                        new Field("Imposing values", "No"),
                        new Field("Shifting treatment goals", "No"),
                        new Field("Client burden", "No"),
                        new Field("Power differential", "No"),
                        new Field("Focus diversion", "No")));
    }

    private static List<Flag> flags(int i, boolean none) {
        if (none) {
            return List.of();
        }
        List<Flag> flags = new ArrayList<>();
        if (i % 3 == 0) {
            flags.add(new Flag("motive", Severity.REVIEW_REQUIRED,
                    "The clinician was unsure whose needs the disclosure served.", 0));
        }
        if (i % 4 == 0) {
            flags.add(new Flag("risk.boundary-blurring", Severity.WARNING,
                    "Boundary blurring was rated possible.", 0));
        }
        if (i % 6 == 0) {
            flags.add(new Flag("pattern", Severity.INFO,
                    "Disclosures with this client in 3 of the last 5 sessions.", -1));
        }
        return flags;
    }

    private static List<Comment> comments(int i) {
        if (i % 2 == 1) {
            return List.of();
        }
        Instant at = GENERATED_AT.minus(Duration.ofDays(20 - i % 20));
        return List.of(new Comment("Dr. Renée Okafor", at, "Can you say more about what you "
                + "hoped the disclosure would do for the client at that point?",
                List.of(new Comment("Jordan Avery", at.plus(Duration.ofHours(3)), "I wanted "
                        + "them to see that the isolation was a common response, not a "
                        + "failing.", List.of()))));
    }

    private static List<StateChange> history(int i) {
        Instant submitted = GENERATED_AT.minus(Duration.ofDays(21 - i % 20));
        List<StateChange> history = new ArrayList<>(List.of(
                new StateChange("Submitted", "Jordan Avery", submitted)));
        history.add(i % 5 == 0
                ? new StateChange("Changes requested", "Dr. Renée Okafor",
                        submitted.plus(Duration.ofHours(20)))
                : new StateChange("Co-signed", "Dr. Renée Okafor",
                        submitted.plus(Duration.ofHours(26))));
        return history;
    }

    private static List<AgendaItem> agenda() {
        return List.of(
                new AgendaItem("Review flagged self-disclosures", "Two entries with an unsure "
                        + "motive check; one possible boundary-blurring rating."),
                new AgendaItem("Pattern of disclosures with one client", "Discuss frequency "
                        + "and whether it serves the treatment goals."),
                new AgendaItem("Hours toward licensure", ""),
                new AgendaItem("Cultural considerations in early sessions",
                        "Reading: Knox & Hill on disclosure and the alliance."));
    }

    private static List<ActionItem> actions() {
        return List.of(
                new ActionItem("Re-read the practice's self-disclosure guidance before the "
                        + "next session with the flagged client.", "Jordan Avery",
                        LocalDate.of(2026, 4, 7), false),
                new ActionItem("Bring a case formulation for discussion.", "Jordan Avery",
                        LocalDate.of(2026, 4, 14), false),
                new ActionItem("Share the reading list on immediacy.", "Dr. Renée Okafor",
                        LocalDate.of(2026, 3, 28), true));
    }

    static HoursLog hours() {
        List<HoursLog.Row> rows = new ArrayList<>();
        String[] categories = {"Individual supervision", "Group supervision",
                "Direct observation"};
        for (int i = 0; i < 8; i++) {
            rows.add(new HoursLog.Row(FROM.plusDays(i * 4L), i % 2 == 0 ? "Jordan Avery"
                    : "Sam Delgado", categories[i % 3], i % 3 == 1 ? "Group" : "Individual",
                    i % 3 == 1 ? 90 : 60));
        }
        return new HoursLog(rows, List.of(new Count(categories[0], 180),
                new Count(categories[1], 270), new Count(categories[2], 120)));
    }

    private static List<SignatureLine> signatures() {
        String attestation = "I attest that I reviewed the notes and self-disclosures in this "
                + "packet and discussed the flagged entries in supervision.";
        return List.of(new SignatureLine("Supervisor", "Dr. Renée Okafor", attestation),
                new SignatureLine("Supervisee", "Jordan Avery", "I attest that the notes in "
                        + "this packet are mine and that we discussed them in supervision."),
                new SignatureLine("Supervisee", "Sam Delgado", "I attest that the notes in "
                        + "this packet are mine and that we discussed them in supervision."));
    }
}
