package org.casenotes.supervision.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of every role, in English and in Spanish (the browser's language, which the UI
 * follows), at 1280 and 375 CSS pixels: no raw key or enum constant, no English on a Spanish
 * page, no missing message or label, nothing wider than the window at 375 and 360, no overlapping
 * controls, and axe-core finds no WCAG 2.2 A/AA violation. A screenshot of each goes to
 * target/browser-screenshots as {@code <lang>-<width>-<role>-<page>.png}.
 */
@Tag("browser")
class EveryPageIT {

    static final int[] WIDTHS = {1280, 375};
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    static RunningHost host;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.start(temp);
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    /** One page to look at: who, a short name, the address (found from the demo data). */
    record Page(String user, String name, String hash) {
    }

    @Test
    void everyPageReadsInTheUsersLanguageWithoutRawCodesAndPassesAxe() throws Exception {
        List<Page> pages = pages();
        Axe axe = Axe.load();
        Map<String, String> english = texts("en");
        Map<String, String> spanish = texts("es");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        String axeVersion = null;
        for (String lang : List.of("en", "es")) {
            try (Browser browser = new Browser(host.url(), temp.resolve("browser-" + lang), lang)) {
                browser.open("");
                browser.settled();
                checked += audit(browser, axe, new Page("nobody", "sign-in", "login"), lang, english, spanish, failures);
                axeVersion = axe.version(browser);
                provesTheChecksCatchFaults(browser, axe, english, spanish, lang);
                String signedIn = null;
                for (Page page : pages) {
                    if (!page.user().equals(signedIn)) {
                        if (signedIn != null) {
                            browser.logout();
                        }
                        browser.login(page.user());
                        signedIn = page.user();
                    }
                    browser.show(page.hash());
                    checked += audit(browser, axe, page, lang, english, spanish, failures);
                }
            }
        }
        System.out.printf("page audit: %d page views (%d pages x 2 languages x %d widths), axe-core %s, %d failures%n",
                checked, pages.size() + 1, WIDTHS.length, axeVersion, failures.size());
        assertThat(axeVersion).isEqualTo("4.14.1");
        assertThat(checked).isEqualTo((pages.size() + 1) * 2 * WIDTHS.length);
        assertThat(failures).isEmpty();
    }

    /**
     * The checks are live, not vacuous: a field without a label, an enum constant and (on the
     * Spanish page) an English UI string planted in the page are each reported.
     */
    private static void provesTheChecksCatchFaults(Browser browser, Axe axe, Map<String, String> english,
            Map<String, String> spanish, String lang) {
        browser.script("const p = document.createElement('p'); p.id = 'planted'; p.textContent = 'CHANGES_REQUESTED';"
                + " const i = document.createElement('input'); i.type = 'text'; p.append(i);"
                + " const e = document.createElement('span'); e.textContent = arguments[0]; p.append(e);"
                + " document.getElementById('main').append(p);", english.get("ui.queue.title"));
        assertThat(axe.violations(browser)).anyMatch(v -> v.startsWith("label"));
        PageText.Findings planted = PageText.read(browser, english, spanish, lang);
        assertThat(planted.raw()).contains("CHANGES_REQUESTED");
        if (!lang.equals("en")) {
            assertThat(planted.untranslated()).anyMatch(u -> u.endsWith("=> Review queue"));
        }
        browser.script("document.getElementById('planted').remove()");
    }

    private static int audit(Browser browser, Axe axe, Page page, String lang, Map<String, String> english,
            Map<String, String> spanish, List<String> failures) throws Exception {
        int views = 0;
        for (int width : WIDTHS) {
            browser.width(width);
            String where = lang + " " + width + " " + page.user() + " " + page.name() + ": ";
            PageText.Findings text = PageText.read(browser, english, spanish, lang);
            if (!lang.equals(text.lang())) {
                failures.add(where + "<html lang> is " + text.lang());
            }
            text.raw().forEach(t -> failures.add(where + "raw code or key: " + t));
            text.untranslated().forEach(t -> failures.add(where + "untranslated: " + t));
            text.missing().forEach(t -> failures.add(where + "no message or label for " + t));
            Layout.problems(browser).forEach(p -> failures.add(where + p));
            axe.violations(browser).forEach(v -> failures.add(where + "axe " + v));
            browser.pageScreenshot(lang + "-" + width + "-" + page.user() + "-" + page.name());
            views++;
        }
        browser.width(360);
        Layout.problems(browser).stream().filter(p -> p.startsWith("page is"))
                .forEach(p -> failures.add(lang + " 360 " + page.user() + " " + page.name() + ": " + p));
        browser.width(WIDTHS[0]);
        return views;
    }

    /** The pages of each role, with ids from the demo practice. */
    static List<Page> pages() throws Exception {
        ApiClient clinician = host.client();
        clinician.login("clinician-1", "demo");
        String newNote = clinician.post("/api/notes", "{\"clientId\":\"client-03\",\"sessionDate\":\""
                + java.time.LocalDate.now() + "\",\"service\":\"Individual psychotherapy\",\"text\":\"S: \\nO: \\nA: \\nP: \"}")
                .json().get("noteId").asText();
        ApiClient supervisor = host.client();
        supervisor.login("supervisor-1", "demo");
        JsonNode queue = supervisor.get("/api/queue").json().get("items");
        String submitted = queue.get(0).get("noteId").asText();
        JsonNode meetings = supervisor.get("/api/meetings?from=" + java.time.LocalDate.now().minusYears(1)
                + "&to=" + java.time.LocalDate.now().plusYears(1)).json();
        JsonNode list = meetings.isArray() ? meetings : meetings.get("items");
        String held = meetingIn(list, "HELD");
        String planned = meetingIn(list, "PLANNED");
        List<Page> pages = new ArrayList<>(List.of(
                new Page("clinician-1", "notes", "#/notes"),
                new Page("clinician-1", "note-editor", "#/notes/" + newNote),
                new Page("clinician-1", "meetings", "#/meetings"),
                new Page("clinician-1", "hours", "#/hours"),
                new Page("clinician-1", "meeting", "#/meetings/" + held),
                new Page("supervisor-1", "queue", "#/queue"),
                new Page("supervisor-1", "review", "#/review/" + submitted),
                new Page("supervisor-1", "meetings", "#/meetings"),
                new Page("supervisor-1", "meeting", "#/meetings/" + held),
                new Page("supervisor-1", "meeting-planned", "#/meetings/" + planned),
                new Page("supervisor-1", "hours", "#/hours"),
                new Page("supervisor-1", "packet", "#/packet"),
                new Page("supervisor-2", "queue", "#/queue"),
                new Page("admin-1", "policy", "#/admin"),
                new Page("admin-1", "queue-explained", "#/queue"),
                new Page("org2-supervisor", "queue", "#/queue")));
        return pages;
    }

    private static String meetingIn(JsonNode meetings, String status) {
        for (JsonNode m : meetings) {
            if (m.get("status").asText().equals(status)) {
                return m.get("id").asText();
            }
        }
        throw new AssertionError("the demo practice has no " + status + " meeting: " + meetings);
    }

    /**
     * Every text the UI can show in one language, by key: its messages, the vocabulary's labels
     * and the published form's labels and help texts.
     */
    static Map<String, String> texts(String lang) throws Exception {
        return texts(host, lang);
    }

    /**
     * Every text the UI of a running host can show in one language, by key.
     *
     * @param host the running demo host
     * @param lang en or es
     * @return the texts, as {@link #texts(String)}
     */
    static Map<String, String> texts(RunningHost host, String lang) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        ApiClient anyone = host.client();
        JSON.readTree(anyone.get("/i18n/" + lang + ".json").body()).fields()
                .forEachRemaining(e -> out.put("ui." + e.getKey(), e.getValue().asText()));
        ApiClient admin = host.client();
        admin.login("admin-1", "demo");
        JsonNode vocabulary = admin.get("/api/vocabulary?locale=" + lang).json();
        int before = out.size();
        vocabulary.path("labels").fields().forEachRemaining(group -> group.getValue().fields()
                .forEachRemaining(e -> out.put("vocabulary." + group.getKey() + "." + e.getKey(), e.getValue().asText())));
        if (out.size() - before < 50) {
            throw new AssertionError("the vocabulary route gave " + (out.size() - before) + " labels: " + vocabulary);
        }
        flatten("form", admin.get("/api/schema/self-disclosure?locale=" + lang).json().path("x-ui"), out);
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(path + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "." + i, node.get(i), out);
            }
        } else if (node.isTextual() && (path.endsWith(".label") || path.endsWith(".help") || path.endsWith(".addLabel"))) {
            out.put(path, node.asText());
        }
    }
}
