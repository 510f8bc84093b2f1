package org.casenotes.supervision.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Text that carries a right-to-left override is shown as typed in headless Chromium, isolated
 * from the text around it, while the host keeps the original: {@code abc\u202Egpj.exe} must
 * not read "abcexe.jpg" on the page.
 */
@Tag("browser")
class BidiDisplayIT {

    private static final String DISGUISED = "abc\u202Egpj.exe";
    private static final String SERVICE = "Family \u202Dtherapy\u202C \u202Bnotes";

    /** The left edge, in CSS pixels, of every character of the element's text, in logical order. */
    private static final String EDGES = """
            const element = document.querySelector(arguments[0]);
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            const edges = [];
            let text = '';
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              for (let i = 0; i < n.data.length; i++) {
                const range = document.createRange();
                range.setStart(n, i);
                range.setEnd(n, i + 1);
                const box = range.getBoundingClientRect();
                if (box.width > 0) edges.push(box.left);
              }
              text += n.data;
            }
            return { text, edges, isolated: !!element.querySelector('bdi') };
            """;

    @TempDir
    static Path temp;

    static RunningHost host;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.start(temp);
        browser = new Browser(host.url(), temp.resolve("browser"), "en");
    }

    @AfterAll
    static void stop() throws Exception {
        browser.close();
        host.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOverrideInStoredTextCannotReorderWhatThePageShowsAndTheStoredTextStaysTheOriginal() throws Exception {
        ApiClient api = host.client();
        assertThat(api.login("clinician-1", "demo").status()).isEqualTo(200);
        ApiClient.Answer created = api.post("/api/notes", "{\"clientId\":\"client-02\",\"sessionDate\":\""
                + LocalDate.now() + "\",\"service\":\"" + escape(SERVICE) + "\",\"text\":\"" + escape(DISGUISED) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String noteId = created.json().get("noteId").asText();

        browser.login("clinician-1");
        browser.show("#/notes/" + noteId);
        browser.visible(By.cssSelector(".note-text"));

        Map<String, Object> text = (Map<String, Object>) browser.script(EDGES, ".note-text");
        assertThat(text.get("text")).isEqualTo("abcgpj.exe");
        assertThat(text.get("isolated")).isEqualTo(true);
        assertThat(edgesIncrease((List<Number>) text.get("edges"))).as("characters left to right in typed order: %s",
                text.get("edges")).isTrue();
        assertThat(browser.visible(By.cssSelector(".note-text")).getText()).isEqualTo("abcgpj.exe");

        String shownService = browser.visible(By.cssSelector("section[aria-labelledby='note-title'] p.muted")).getText();
        assertThat(shownService).isEqualTo("Family therapy notes");
        browser.screenshot("bidi-override-shown-as-typed");

        ApiClient.Answer stored = api.get("/api/notes/" + noteId);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().findValuesAsText("text")).contains(DISGUISED);
        assertThat(stored.json().findValuesAsText("service")).contains(SERVICE);
    }

    private static boolean edgesIncrease(List<Number> edges) {
        if (edges.size() < 10) {
            return false;
        }
        for (int i = 1; i < edges.size(); i++) {
            if (edges.get(i).doubleValue() <= edges.get(i - 1).doubleValue()) {
                return false;
            }
        }
        return true;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }
}
