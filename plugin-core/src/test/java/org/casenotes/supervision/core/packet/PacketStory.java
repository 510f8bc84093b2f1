package org.casenotes.supervision.core.packet;

import static org.casenotes.supervision.core.packet.PacketClinic.CLIN;
import static org.casenotes.supervision.core.packet.PacketClinic.CLIN2;
import static org.casenotes.supervision.core.packet.PacketClinic.SUP;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.meeting.CaseNotes;
import org.casenotes.supervision.api.meeting.ItemNotes;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.Review;

/**
 * The month the packet tests print, driven through the module's public services: four notes
 * of {@code clin} (co-signed, returned, submitted, draft), one of {@code clin2}, and a held
 * meeting with its agenda, case notes and an action item.
 */
final class PacketStory {

    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);
    static final String COMMENT = "Please say more about how the focus returned.";
    static final String RETURN_REASON = "Add the rationale for sharing this now.";
    static final String ACTION = "Read the chapter on deliberate self-disclosure";

    final PacketClinic clinic;
    final SupervisionModule module;
    String meetingId;

    PacketStory(PacketClinic clinic, SupervisionModule module) {
        this.clinic = clinic;
        this.module = module;
    }

    static String summary(int n) {
        return "Summary " + n + ": told the client I also keep a worry journal.";
    }

    static String response(int n) {
        return "Observed reply " + n + " naming her sister Quintanilla";
    }

    static String culture(int n) {
        return "Cultural note " + n + " about the family's village";
    }

    PacketStory tell() {
        section("note-1", CLIN, "client-1", 2, true);
        section("note-2", CLIN, "client-2", 3, false);
        section("note-3", CLIN, "client-3", 4, true);
        section("note-4", CLIN, "client-4", 5, false);
        section("note-5", CLIN2, "client-1", 6, false);

        Review one = module.reviews().submit(CLIN, "note-1", 0);
        clinic.clock.advance(Duration.ofHours(20));
        one = module.reviews().startReview(SUP, "note-1", one.version());
        one = module.reviews().comment(SUP, "note-1", one.version(), new NewComment(null, -1, COMMENT));
        clinic.clock.advance(Duration.ofHours(4));
        module.reviews().coSign(SUP, "note-1", one.version());

        Review two = module.reviews().submit(CLIN, "note-2", 0);
        two = module.reviews().startReview(SUP, "note-2", two.version());
        module.reviews().requestChanges(SUP, "note-2", two.version(), RETURN_REASON);

        module.reviews().submit(CLIN, "note-3", 0);

        Meeting meeting = module.meetings().plan(SUP, new MeetingPlan(List.of("clin"),
                LocalDateTime.of(2026, 3, 11, 10, 0).atZone(PacketClinic.ZONE).toInstant(), 60,
                MeetingFormat.INDIVIDUAL, Modality.VIDEO));
        meeting = module.meetings().proposeAgenda(SUP, meeting.id(), meeting.version());
        clinic.clock.advance(Duration.ofDays(2));
        meeting = module.meetings().markHeld(SUP, meeting.id(), meeting.version());
        meeting = module.meetings().writeCaseNotes(SUP, meeting.id(), meeting.version(), new CaseNotes(
                meeting.agenda().stream().map(i -> new ItemNotes(i.id(), "Talked it through.", "Keep going."))
                        .toList(), "A good session."));
        module.meetings().addActionItem(SUP, meeting.id(), meeting.version(), new NewActionItem(ACTION, "clin",
                LocalDate.of(2026, 3, 25)));
        meetingId = meeting.id();
        return this;
    }

    void section(String noteId, Actor clinician, String clientId, int day, boolean discuss) {
        int n = Integer.parseInt(noteId.substring(5));
        ProgressNote note = clinic.note(noteId, clinician, clientId, LocalDate.of(2026, 3, day));
        module.disclosures().save(clinician, new SaveSection(noteId, clientId, clinician.userId(),
                note.sessionDate(), 0, sectionJson(n, discuss)));
    }

    private static String sectionJson(int n, boolean discuss) {
        String risks = String.join(",", java.util.Arrays.stream(org.casenotes.supervision.api.disclosure.Risk.values())
                .map(r -> "\"" + r.name() + "\":{\"level\":\"NO\"}").toList());
        return "{\"noSelfDisclosure\":false,\"entries\":[{\"type\":\"FEELINGS\",\"mode\":\"DELIBERATE\","
                + "\"involvement\":\"SELF_REVEALING\",\"verbal\":true,\"intimacy\":\"PERSONAL_HISTORY\","
                + "\"clientPrompted\":false,\"summary\":\"" + summary(n) + "\",\"intents\":[\"NORMALIZE\"],"
                + "\"rationale\":\"To normalise journaling, treatment goal 2.\",\"motiveCheck\":\""
                + (discuss ? "UNSURE" : "CLIENT_BENEFIT") + "\",\"riskScreen\":{" + risks + "},"
                + "\"focusReturned\":true,\"clientResponse\":{\"text\":\"" + response(n) + "\",\"rating\":\"HELPFUL\"},"
                + "\"culturalConsiderations\":\"" + culture(n) + "\",\"discussInSupervision\":" + discuss + "}]}";
    }

    static Map<String, String> expectedStates() {
        return Map.of("note-1", "Co-signed", "note-2", "Changes requested", "note-3", "Submitted", "note-4", "Draft");
    }
}
