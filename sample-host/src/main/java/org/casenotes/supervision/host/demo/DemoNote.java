package org.casenotes.supervision.host.demo;

import java.time.LocalDate;

/** One demo progress note in a SOAP layout; the text varies with the session number. */
record DemoNote(String org, String id, String clientId, String clinicianId, LocalDate sessionDate,
        String service, String text) {

    private static final String[] THEMES = {
        "grief after the loss of a parent", "work stress and sleep", "a conflict with a sibling",
        "returning to study", "panic symptoms on public transport", "a recent move and loneliness",
    };

    static DemoNote of(DemoPeople.Client client, LocalDate date, int session) {
        String theme = THEMES[(client.id().hashCode() & 0x7fffffff) % THEMES.length];
        String text = String.join("\n",
                "S: Client reports on " + theme + "; rates mood " + (4 + session % 5) + "/10 this week.",
                "O: Engaged, on time, affect congruent; speech normal in rate and volume.",
                "A: Session " + (session + 1) + ". Working alliance stable; progress toward goal 2 ("
                        + (session % 2 == 0 ? "coping plan" : "values clarification") + ").",
                "P: Continue weekly sessions; practise the agreed exercise; review in two weeks.");
        String id = "note-" + client.id().replace("client-", "") + "-" + date;
        return new DemoNote(client.org(), id, client.id(), client.clinician(), date,
                "Individual psychotherapy, 53 min (90837)", text);
    }
}
