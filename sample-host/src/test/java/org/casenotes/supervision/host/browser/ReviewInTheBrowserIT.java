package org.casenotes.supervision.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.casenotes.supervision.host.testing.PdfText;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A clinician and a supervisor take one note through review in a real browser: write, flag,
 * submit, comment, return, fix, resubmit, co-sign. Typed-in markup stays text.
 */
@Tag("browser")
class ReviewInTheBrowserIT {

    static final String PAYLOAD = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";
    static final String SUMMARY = "Said I also moved countries young and found the first winter hard. " + PAYLOAD;

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

    @Test
    void aFlaggedDisclosureGoesThroughReviewToCoSign() throws Exception {
        try (Browser browser = new Browser(host.url(), temp.resolve("browser"))) {
            browser.login("clinician-1");
            browser.open("#/notes");
            new Select(browser.visible(By.id("new-client"))).selectByValue("client-02");
            browser.type(By.id("new-text"), "S: adjusting after the move\nO: engaged\nA: stable\nP: weekly");
            browser.click(By.id("new-note"));
            browser.visible(By.id("save-section"));
            String noteId = browser.driver().getCurrentUrl().replaceAll(".*#/notes/", "");

            fillFlaggedEntry(browser, "UNSURE");
            browser.screenshot("clinician-writes-disclosure");
            browser.click(By.id("save-section"));
            browser.waitForText(By.id("flags"), "motive");
            browser.screenshot("flags-after-save");
            browser.click(By.id("submit-review"));
            browser.waitForText(By.id("main"), "submitted");
            browser.logout();

            browser.login("supervisor-1");
            browser.open("#/queue");
            browser.visible(By.cssSelector("tr[data-note='" + noteId + "']"));
            browser.screenshot("supervisor-queue");
            browser.open("#/review/" + noteId);
            browser.click(By.id("start-review"));
            browser.visible(By.id("request-changes"));
            browser.type(By.id("comment-text"), "Whose needs did this serve? " + PAYLOAD);
            browser.click(By.id("add-comment"));
            browser.waitForText(By.cssSelector(".comment-text"), "Whose needs did this serve?");
            browser.type(By.id("return-reason"), "Please add how you checked your motive.");
            browser.screenshot("supervisor-review-page");
            browser.click(By.id("request-changes"));
            browser.waitForText(By.id("main"), "changes requested");
            assertThat(browser.visible(By.cssSelector(".comment-text")).getText()).contains(PAYLOAD);
            browser.logout();

            browser.login("clinician-1");
            browser.open("#/notes/" + noteId);
            browser.waitForText(By.id("returned"), "Please add how you checked your motive.");
            browser.click(By.cssSelector("fieldset[data-field='motiveCheck'] input[value='CLIENT_BENEFIT']"));
            browser.click(By.id("save-section"));
            browser.waitForText(By.id("toast"), "Saved");
            assertThat(browser.visible(By.id("flags")).getText()).doesNotContain("motive");
            browser.click(By.id("submit-review"));
            browser.waitForText(By.id("main"), "submitted");
            browser.logout();

            browser.login("supervisor-1");
            browser.open("#/review/" + noteId);
            browser.type(By.id("co-sign-password"), "demo");
            browser.click(By.id("co-sign"));
            browser.waitForText(By.id("main"), "co signed");
            browser.screenshot("co-signed");

            assertThat(browser.visible(By.cssSelector(".entry-view")).getText()).contains(PAYLOAD);
            assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);
            assertThat(browser.driver().findElements(By.cssSelector(".entry-view script, .entry-view img"))).isEmpty();

            browser.open("#/packet");
            browser.type(By.id("packet-supervisees"), "clinician-1");
            browser.click(By.id("packet-export"));
            browser.waitForText(By.id("toast"), "Downloaded");
            browser.screenshot("packet-exported");
            Path pdf = browser.awaitDownload(".pdf");
            assertThat(pdf.getFileName().toString()).startsWith("supervision-packet-");
            String text = PdfText.of(pdf, temp.resolve("pdf"));
            assertThat(text.replaceAll("\\s+", " ")).contains("Said I also moved countries young and found the first winter hard.");
            assertThat(text).doesNotContain("Zoë").doesNotContain("Dvořák");
        }
    }

    static void fillFlaggedEntry(Browser browser, String motive) {
        String entry = "fieldset.entry ";
        browser.click(By.cssSelector(entry + "fieldset[data-field='type'] input[value='FACTS']"));
        browser.click(By.cssSelector(entry + "fieldset[data-field='involvement'] input[value='SELF_REVEALING']"));
        browser.click(By.cssSelector(entry + "fieldset[data-field='intimacy'] input[value='PERSONAL_HISTORY']"));
        browser.click(By.cssSelector(entry + "fieldset[data-field='verbal'] input[value='true']"));
        browser.type(By.cssSelector(entry + "div[data-field='summary'] textarea"), SUMMARY);
        browser.click(By.cssSelector(entry + "fieldset[data-field='mode'] input[value='DELIBERATE']"));
        browser.click(By.cssSelector(entry + "fieldset[data-field='clientPrompted'] input[value='false']"));
        browser.click(By.cssSelector(entry + "fieldset[data-field='intents'] input[value='NORMALIZE']"));
        browser.type(By.cssSelector(entry + "div[data-field='rationale'] textarea"), "To normalise the adjustment (goal 1).");
        browser.click(By.cssSelector(entry + "fieldset[data-field='motiveCheck'] input[value='" + motive + "']"));
        for (String risk : new String[] {"BOUNDARY_BLURRING", "IMPOSING_VALUES", "SHIFTING_TREATMENT_GOALS", "CLIENT_BURDEN",
            "POWER_DIFFERENTIAL", "FOCUS_DIVERSION"}) {
            browser.click(By.cssSelector(entry + "fieldset[data-field='riskScreen." + risk + "'] input[value='NO']"));
        }
        browser.click(By.cssSelector(entry + "fieldset[data-field='focusReturned'] input[value='true']"));
        browser.type(By.cssSelector(entry + "div[data-field='clientResponse.text'] textarea"), "Said it helped.");
        browser.click(By.cssSelector(entry + "fieldset[data-field='clientResponse.rating'] input[value='HELPFUL']"));
        browser.click(By.cssSelector(entry + "fieldset[data-field='discussInSupervision'] input[value='false']"));
    }
}
