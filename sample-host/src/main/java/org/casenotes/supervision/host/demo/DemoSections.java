package org.casenotes.supervision.host.demo;

import java.util.List;

/**
 * Self-disclosure sections for the demo notes, written as the plugin's wire format. Each kind
 * shows one teaching point a supervisor would pick up (fictional content).
 */
final class DemoSections {

    /** What a demo section is meant to show. */
    enum Kind {
        NONE, ROUTINE, UNSURE_MOTIVE, RISK_YES, FOCUS_LOST, UNHELPFUL, ACCIDENTAL, DISCUSS, IMMEDIACY, LONG
    }

    private static final String SAFE_RISKS = risks("NO", "NO", "NO", "NO", "NO", "NO", null);

    private DemoSections() {
    }

    static Kind kindFor(int clientIndex, int session) {
        if (clientIndex == 2) {
            // One client with disclosures in most sessions, so the pattern rule fires.
            return session % 4 == 3 ? Kind.NONE : Kind.ROUTINE;
        }
        List<Kind> rotation = List.of(Kind.NONE, Kind.ROUTINE, Kind.NONE, Kind.UNSURE_MOTIVE, Kind.NONE, Kind.IMMEDIACY,
                Kind.RISK_YES, Kind.NONE, Kind.DISCUSS, Kind.FOCUS_LOST, Kind.NONE, Kind.UNHELPFUL, Kind.ACCIDENTAL,
                Kind.NONE, Kind.LONG);
        return rotation.get((clientIndex * 5 + session) % rotation.size());
    }

    static String json(Kind kind) {
        return switch (kind) {
            case NONE -> "{\"noSelfDisclosure\":true}";
            case ROUTINE -> section(entry("FACTS", "DELIBERATE", "SELF_REVEALING", "PROFESSIONAL", false,
                    "Said that I have worked with many people facing the same exam stress.",
                    "[\"NORMALIZE\"]", "To normalise the client's worry and support goal 1 (study routine).",
                    "CLIENT_BENEFIT", SAFE_RISKS, true, "Relieved; went back to planning the week.", "HELPFUL", false));
            case UNSURE_MOTIVE -> section(entry("FEELINGS", "DELIBERATE", "SELF_REVEALING", "PERSONAL_HISTORY", false,
                    "Told the client I also lost my father when I was young and still miss him.",
                    "[\"ENHANCE_EMPATHY\",\"NORMALIZE\"]", "To show grief can last and is not a failing (goal 2).",
                    "UNSURE", risks("POSSIBLE", "NO", "NO", "POSSIBLE", "NO", "NO", "Client asked about my family afterwards."),
                    true, "Teary, then asked how I coped.", "UNCLEAR", true));
            case RISK_YES -> section(entry("STRATEGIES", "DELIBERATE", "SELF_REVEALING", "PERSONAL_HISTORY", true,
                    "Described the specific diet and running plan that helped me with low mood.",
                    "[\"MODEL_COMMUNICATION\"]", "Offered a concrete example of behavioural activation.",
                    "CLIENT_BENEFIT", risks("NO", "YES", "POSSIBLE", "NO", "NO", "NO", "Client said she would try my plan exactly."),
                    true, "Said she would copy the plan.", "NEUTRAL", false));
            case FOCUS_LOST -> section(entry("FACTS", "UNAVOIDABLE", "SELF_REVEALING", "DEMOGRAPHIC", true,
                    "Confirmed I am a parent when the client saw my child at the school gate.",
                    "[\"STRENGTHEN_ALLIANCE\"]", null, "CLIENT_BENEFIT",
                    risks("NO", "NO", "NO", "NO", "NO", "YES", "We spent ten minutes on schools."), false,
                    "Curious, asked more questions about my family.", "UNCLEAR", false));
            case UNHELPFUL -> section(entry("REASSURANCE", "DELIBERATE", "SELF_REVEALING", "PROFESSIONAL", true,
                    "Told the client I had felt nervous in my first interviews too.",
                    "[\"REASSURE\"]", "To reduce anticipatory anxiety before the job interview.",
                    "CLIENT_BENEFIT", SAFE_RISKS, true, "Said it made her feel I was not taking her seriously.", "UNHELPFUL", false));
            case ACCIDENTAL -> section(entry("FEELINGS", "ACCIDENTAL", "SELF_REVEALING", "PERSONAL_HISTORY", true,
                    "Let slip that the anniversary date was hard for me as well.",
                    "[\"OTHER\"]", null, "OWN_NEEDS", risks("POSSIBLE", "NO", "NO", "POSSIBLE", "POSSIBLE", "POSSIBLE",
                            "Unplanned; I noticed my own grief in the room."), true, "Paused, then continued.", "NEUTRAL", true)
                    .replace("\"intents\":[\"OTHER\"]", "\"intents\":[\"OTHER\"],\"otherIntentText\":\"No intent: unplanned remark\""));
            case DISCUSS -> section(entry("INSIGHT", "CLIENT_INITIATED", "SELF_REVEALING", "PROFESSIONAL", true,
                    "When asked, said my own therapy helped me understand perfectionism.",
                    "[\"FACILITATE_INSIGHT\"]", null, "CLIENT_BENEFIT", SAFE_RISKS, true,
                    "Interested; linked it to her own standards at work.", "HELPFUL", true));
            case IMMEDIACY -> section(entry("IMMEDIACY", "DELIBERATE", "SELF_INVOLVING", "PROFESSIONAL", true,
                    "Shared that I felt shut out when the client changed the subject again.",
                    "[\"MODEL_COMMUNICATION\",\"FACILITATE_INSIGHT\"]", "To explore the avoidance pattern in the room (goal 3).",
                    "CLIENT_BENEFIT", SAFE_RISKS, true, "Acknowledged he does this with his partner too.", "HELPFUL", false));
            case LONG -> section(entry("STRATEGIES", "DELIBERATE", "SELF_REVEALING", "PERSONAL_HISTORY", true,
                    ("Explained at length how I handled a similar conflict with a sibling, step by step, including what I said, "
                            + "how it went, and what I would do differently now. ").repeat(10).strip(),
                    "[\"MODEL_COMMUNICATION\"]", "To model an assertive request the client can adapt.",
                    "CLIENT_BENEFIT", SAFE_RISKS, true, "Listened; said it was a lot to take in.", "NEUTRAL", false));
        };
    }

    private static String section(String... entries) {
        return "{\"noSelfDisclosure\":false,\"entries\":[" + String.join(",", entries) + "]}";
    }

    private static String entry(String type, String mode, String involvement, String intimacy, boolean prompted,
            String summary, String intents, String rationale, String motive, String risks, boolean focusReturned,
            String response, String rating, boolean discuss) {
        return "{\"type\":\"" + type + "\",\"mode\":\"" + mode + "\",\"involvement\":\"" + involvement + "\","
                + "\"verbal\":true,\"intimacy\":\"" + intimacy + "\",\"clientPrompted\":" + prompted + ","
                + "\"summary\":\"" + summary + "\",\"intents\":" + intents + ","
                + (rationale == null ? "" : "\"rationale\":\"" + rationale + "\",")
                + "\"motiveCheck\":\"" + motive + "\",\"riskScreen\":" + risks + ","
                + "\"focusReturned\":" + focusReturned + ",\"clientResponse\":{\"text\":\"" + response + "\",\"rating\":\""
                + rating + "\"},\"discussInSupervision\":" + discuss + "}";
    }

    private static String risks(String boundary, String values, String goals, String burden, String power, String focus,
            String note) {
        String[] names = {"BOUNDARY_BLURRING", "IMPOSING_VALUES", "SHIFTING_TREATMENT_GOALS", "CLIENT_BURDEN",
            "POWER_DIFFERENTIAL", "FOCUS_DIVERSION"};
        String[] levels = {boundary, values, goals, burden, power, focus};
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < names.length; i++) {
            out.append(i == 0 ? "" : ",").append('"').append(names[i]).append("\":{\"level\":\"").append(levels[i]).append('"');
            if (note != null && !levels[i].equals("NO")) {
                out.append(",\"note\":\"").append(note).append('"');
            }
            out.append('}');
        }
        return out.append('}').toString();
    }
}
