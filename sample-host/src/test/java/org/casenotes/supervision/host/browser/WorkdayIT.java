package org.casenotes.supervision.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.PdfText;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A practice's whole day in headless Chromium, one step per role, on one host: the clinician
 * saves an incomplete draft and resumes it, is refused until the section is complete; the
 * supervisor reviews in labels only, returns, and co-signs under the attestation after the fix;
 * batch co-sign shows progress; a group meeting is planned, held with one member absent, and
 * signed with the password; the hours leave the absent member out; the packet export shows
 * progress; the backup supervisor, the admin and the other practice each see what is theirs.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkdayIT {

    @TempDir
    static Path temp;

    static RunningHost host;
    static Browser browser;
    static String noteId;
    static String meetingId;
    /** The day the group meeting starts on: an hour before the test ran, so the day before between 00:00 and 01:00. */
    static LocalDate meetingDay;

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

    /** Each step starts signed out, whatever the step before it left behind. */
    @BeforeEach
    void signedOut() {
        browser.signOutIfSignedIn();
    }

    @Test
    @Order(1)
    void clinicianSavesAnIncompleteDraftResumesItAndIsRefusedUntilItIsComplete() throws Exception {
        browser.login("clinician-1");
        browser.show("#/notes");
        assertThat(browser.visible(By.id("new-date")).getAttribute("value"))
                .isEqualTo(LocalDate.now(ZoneId.systemDefault()).toString());
        new Select(browser.visible(By.id("new-client"))).selectByValue("client-02");
        browser.type(By.id("new-text"), "S: adjusting after the move\nO: engaged\nA: stable\nP: weekly");
        browser.click(By.id("new-note"));
        browser.visible(By.id("save-section"));
        browser.settled();
        noteId = browser.driver().getCurrentUrl().replaceAll(".*#/notes/", "");

        String entry = DisclosureForm.ENTRY;
        DisclosureForm.pick(browser, "type", "FACTS");
        browser.type(By.cssSelector(entry + "div[data-field='summary'] textarea"), DisclosureForm.SUMMARY);
        browser.click(By.id("save-section"));
        browser.waitForText(By.id("status"), "Draft saved");
        browser.visible(By.id("draft-problems"));
        browser.screenshot("clinician-incomplete-draft");

        browser.show("#/notes");
        browser.show("#/notes/" + noteId);
        assertThat(browser.visible(By.cssSelector(entry + "div[data-field='summary'] textarea")).getAttribute("value"))
                .isEqualTo(DisclosureForm.SUMMARY);
        assertThat(browser.visible(By.cssSelector(entry + "fieldset[data-field='type'] input[value='FACTS']")).isSelected()).isTrue();

        browser.click(By.id("submit-review"));
        WebElement summary = browser.visible(By.cssSelector("#section-errors .problems"));
        assertThat(summary.getText()).contains("problem");
        List<WebElement> invalid = browser.driver().findElements(By.cssSelector("[aria-invalid='true']"));
        assertThat(invalid).isNotEmpty();
        for (WebElement field : invalid) {
            String describedBy = field.getAttribute("aria-describedby");
            assertThat(describedBy).isNotBlank();
            String last = describedBy.split(" ")[describedBy.split(" ").length - 1];
            assertThat(browser.driver().findElement(By.id(last)).getText()).isNotBlank();
        }
        assertThat(summary.getText()).doesNotContainPattern("/entries|[A-Z]+_[A-Z_]+");
        browser.screenshot("clinician-submit-refused");

        DisclosureForm.fillFlaggedEntry(browser, "UNSURE");
        browser.click(By.id("submit-review"));
        browser.waitForText(By.id("review-state"), "Submitted");
        browser.logout();
    }

    @Test
    @Order(2)
    void supervisorReviewsInLabelsReturnsAndCoSignsUnderTheAttestationAfterTheFix() throws Exception {
        browser.login("supervisor-1");
        browser.show("#/queue");
        WebElement row = browser.visible(By.cssSelector("tr[data-note='" + noteId + "']"));
        assertThat(row.getText()).contains("Jordan Ellis").doesNotContain("clinician-1");
        browser.show("#/review/" + noteId);
        String section = browser.visible(By.id("section-view")).getText();
        assertThat(section).contains("Why am I telling?", "Said in words", "Yes").doesNotContainPattern("[A-Z]+_[A-Z_]+")
                .doesNotContain("motiveCheck", "true");
        assertThat(browser.visible(By.cssSelector(".entry-view")).getText()).contains(DisclosureForm.PAYLOAD);
        browser.click(By.id("start-review"));
        browser.waitForText(By.id("status"), "Review started");
        browser.type(By.id("comment-text"), "Whose needs did this serve? " + DisclosureForm.PAYLOAD);
        browser.click(By.id("add-comment"));
        browser.waitForText(By.cssSelector(".comment-text"), "Whose needs did this serve?");
        assertThat(browser.visible(By.cssSelector(".comment-text")).getText()).contains(DisclosureForm.PAYLOAD);
        browser.visible(By.id("request-changes"));
        browser.click(By.id("request-changes"));
        browser.visible(By.cssSelector("#review-errors .problems"));
        assertThat(browser.visible(By.id("return-reason")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.type(By.id("return-reason"), "Please add how you checked your motive.");
        browser.screenshot("supervisor-review-page");
        browser.click(By.id("request-changes"));
        browser.waitForText(By.id("review-state"), "Changes requested");
        assertThat(browser.visible(By.id("history")).getText()).contains("Changes requested", "Dr. Renée Okafor");
        browser.logout();

        browser.login("clinician-1");
        browser.show("#/notes/" + noteId);
        browser.waitForText(By.id("returned"), "Please add how you checked your motive.");
        browser.click(By.cssSelector("fieldset[data-field='motiveCheck'] input[value='CLIENT_BENEFIT']"));
        browser.click(By.id("submit-review"));
        browser.waitForText(By.id("review-state"), "Submitted");
        browser.logout();

        browser.login("supervisor-1");
        browser.show("#/review/" + noteId);
        String attestation = browser.visible(By.id("co-sign-attestation")).getText();
        assertThat(attestation).contains("I co-sign it as their clinical supervisor");
        browser.type(By.id("co-sign-password"), "wrong");
        browser.click(By.id("co-sign"));
        browser.waitForText(By.id("review-errors"), "password");
        browser.type(By.id("co-sign-password"), "demo");
        browser.click(By.id("co-sign"));
        browser.waitForText(By.id("review-state"), "Co-signed");
        browser.waitForText(By.id("status"), "Co-signed");
        browser.waitForText(By.id("note-signatures"), "Electronically signed by");
        assertThat(browser.visible(By.id("note-signatures")).getText()).contains("Co-signature", "Attested:",
                "I co-sign it as their clinical supervisor").containsPattern(
                "Electronically signed by .+ on \\d{4}-\\d{2}-\\d{2}").containsPattern("Licence: |No licence on record");
        browser.screenshot("co-signed");
        assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(browser.driver().findElements(By.cssSelector(".entry-view script, .entry-view img, .comment-text script"))).isEmpty();
    }

    @Test
    @Order(3)
    void batchCoSignShowsProgressAndDisablesItsButtonUntilDone() throws Exception {
        // Two notes without self-disclosure waiting for supervisor-1, whatever the demo practice's
        // notes of this week look like (its flags follow the calendar).
        ApiClient clinician = new ApiClient(host.url());
        assertThat(clinician.login("clinician-1", "demo").status()).isEqualTo(200);
        for (String client : List.of("client-01", "client-02")) {
            String created = clinician.post("/api/notes", "{\"clientId\":\"" + client + "\",\"sessionDate\":\""
                    + LocalDate.now().minusDays(1) + "\",\"service\":\"Individual psychotherapy\","
                    + "\"text\":\"S: -\\nO: -\\nA: -\\nP: -\"}").json().get("noteId").asText();
            assertThat(clinician.put("/api/notes/" + created + "/disclosure",
                    "{\"expectedVersion\":0,\"section\":{\"noSelfDisclosure\":true}}").status()).isEqualTo(200);
            assertThat(clinician.post("/api/notes/" + created + "/review/submit", "{\"version\":0}").status())
                    .isEqualTo(200);
        }
        browser.login("supervisor-1");
        browser.show("#/queue");
        List<WebElement> unflagged = browser.driver().findElements(By.xpath(
                "//table[@id='queue']//tr[td[7][normalize-space()='None']]//input[@type='checkbox']"));
        assertThat(unflagged).hasSizeGreaterThanOrEqualTo(2);
        unflagged.get(0).click();
        unflagged.get(1).click();
        assertThat(browser.visible(By.id("batch-attestation")).getText()).contains("clinical supervisor");
        browser.type(By.id("batch-password"), "demo");
        Watch.start(browser, "batch-co-sign");
        browser.click(By.id("batch-co-sign"));
        browser.waitForText(By.id("status"), "2 notes co-signed");
        Map<String, Object> seen = Watch.seen(browser);
        assertThat(seen.get("disabledWhileBusy")).isEqualTo(true);
        assertThat(Watch.messages(browser)).anyMatch(m -> m.contains("Co-signing 2 notes"));
        browser.screenshot("batch-co-signed");
    }

    @Test
    @Order(4)
    void aGroupMeetingIsPlannedHeldWithOneMemberAbsentAndSignedWithThePassword() throws Exception {
        browser.login("supervisor-1");
        browser.show("#/meetings");
        browser.click(By.id("plan-supervisee-clinician-1"));
        browser.click(By.id("plan-supervisee-clinician-2"));
        // An hour ago on the wall clock, computed on the time line: never a time a clock change skipped.
        LocalDateTime startsAt = java.time.ZonedDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES).toLocalDateTime();
        meetingDay = startsAt.toLocalDate();
        String start = startsAt.toString();
        browser.script("const f = document.getElementById('plan-starts'); f.value = arguments[0];"
                + " f.dispatchEvent(new Event('input', { bubbles: true }));", start);
        new Select(browser.visible(By.id("plan-format"))).selectByValue("GROUP");
        browser.click(By.id("plan-submit"));
        browser.visible(By.id("propose-agenda"));
        browser.settled();
        meetingId = browser.driver().getCurrentUrl().replaceAll(".*#/meetings/", "");
        browser.click(By.id("propose-agenda"));
        browser.waitForText(By.id("status"), "Agenda proposed");
        browser.settled();
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#agenda .agenda-item"));
        assertThat(items).isNotEmpty();
        List<String> linked = items.stream().flatMap(i -> i.findElements(By.cssSelector("a[href^='#/review/']")).stream())
                .map(a -> a.getAttribute("href")).toList();
        assertThat(linked).doesNotHaveDuplicates();
        assertThat(browser.visible(By.id("agenda")).getText()).doesNotContainPattern("[A-Z]+_[A-Z_]+");
        browser.click(By.id("attendance-clinician-2-ABSENT"));
        browser.click(By.id("save-attendance"));
        browser.waitForText(By.id("status"), "Attendance saved");
        browser.settled();
        browser.click(By.id("mark-held"));
        browser.waitForText(By.id("status"), "held");
        browser.settled();

        String firstItem = browser.driver().findElements(By.cssSelector("#agenda .agenda-item")).get(0).getAttribute("data-item");
        browser.type(By.id("discussion-" + firstItem), "Talked through the motive check.");
        browser.type(By.id("action-text"), "Read Knox & Hill on disclosure");
        new Select(browser.visible(By.id("action-owner"))).selectByValue("clinician-1");
        browser.click(By.id("add-action"));
        browser.waitForText(By.id("status"), "Action item added");
        browser.settled();
        assertThat(browser.visible(By.id("discussion-" + firstItem)).getAttribute("value")).isEqualTo("Talked through the motive check.");
        assertThat(browser.visible(By.id("attendance-clinician-2-ABSENT")).isSelected()).isTrue();

        assertThat(browser.visible(By.id("meeting-attestation")).getText()).contains("I attest that these case notes");
        browser.type(By.id("meeting-password"), "wrong");
        browser.click(By.id("meeting-sign"));
        browser.waitForText(By.id("meeting-errors"), "password");
        browser.type(By.id("meeting-password"), "demo");
        browser.click(By.id("meeting-sign"));
        browser.waitForText(By.id("status"), "Meeting signed");
        browser.settled();
        assertThat(browser.visible(By.id("meeting-facts")).getText()).contains("Signed").contains("Group");
        browser.waitForText(By.id("meeting-signature"), "Electronically signed by");
        assertThat(browser.visible(By.id("meeting-signature")).getText()).contains("Meeting signature",
                "I attest that these case notes").containsPattern("Electronically signed by .+ on \\d{4}-\\d{2}-\\d{2}");
        browser.screenshot("meeting-signed");
    }

    @Test
    @Order(5)
    void theHoursLeaveTheAbsentMemberOutAndThePacketExportShowsProgress() throws Exception {
        browser.login("supervisor-1");
        browser.show("#/hours");
        new Select(browser.visible(By.id("hours-supervisee"))).selectByValue("clinician-2");
        browser.click(By.id("hours-show"));
        browser.waitForText(By.id("status"), "Priya Raman");
        browser.settled();
        assertThat(meetingRow()).containsExactly(shown(meetingDay), "Group", "In person", "Absent", "0");
        new Select(browser.visible(By.id("hours-supervisee"))).selectByValue("clinician-1");
        browser.click(By.id("hours-show"));
        browser.waitForText(By.id("status"), "Jordan Ellis");
        browser.settled();
        assertThat(meetingRow()).containsExactly(shown(meetingDay), "Group", "In person", "Present", "1");
        browser.screenshot("hours");

        browser.show("#/packet");
        Watch.start(browser, "packet-export");
        browser.click(By.id("packet-export"));
        browser.waitForText(By.id("status"), "Downloaded");
        assertThat(Watch.seen(browser).get("disabledWhileBusy")).isEqualTo(true);
        assertThat(Watch.messages(browser)).anyMatch(m -> m.contains("Preparing the packet"));
        Path pdf = browser.awaitDownload(".pdf");
        assertThat(pdf.getFileName().toString()).startsWith("supervision-packet-");
        String text = PdfText.of(pdf, temp.resolve("pdf")).replaceAll("\\s+", " ");
        assertThat(text).contains("Said I also moved countries young and found the first winter hard.");
        assertThat(text).doesNotContain("Zoë").doesNotContain("Dvořák");
        browser.logout();
    }

    /** The cells of the hours log's row for the group meeting held on {@link #meetingDay}. */
    static List<String> meetingRow() {
        String day = shown(meetingDay);
        for (WebElement row : browser.driver().findElements(By.cssSelector("#hours-meetings tbody tr"))) {
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            if (cells.get(0).equals(day)) {
                return cells;
            }
        }
        throw new AssertionError("no meeting of " + day + " in the hours log: " + browser.visible(By.id("hours-result")).getText());
    }

    /** A day as the hours log shows it in English ("Dec 1, 2026"). */
    static String shown(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US));
    }

    @Test
    @Order(6)
    void theClinicianMarksTheirOwnActionItemDone() throws Exception {
        browser.login("clinician-1");
        browser.show("#/meetings");
        browser.show("#/meetings/" + meetingId);
        browser.click(By.cssSelector("#action-items button[data-complete]"));
        browser.waitForText(By.id("status"), "marked done");
        browser.settled();
        assertThat(browser.visible(By.id("action-items")).getText()).contains("Done");
        browser.logout();
    }

    @Test
    @Order(7)
    void theBackupSupervisorWorksTheQueueInSpanish() throws Exception {
        browser.login("supervisor-2");
        browser.show("#/queue");
        new Select(browser.visible(By.id("language"))).selectByValue("es");
        browser.settled();
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("es");
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Cola de revisión");
        browser.open("#/queue");
        browser.driver().navigate().refresh();
        browser.settled();
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Cola de revisión");
        browser.click(By.cssSelector("#queue a[href^='#/review/']"));
        browser.settled();
        assertThat(browser.visible(By.id("section-view")).getText()).doesNotContainPattern("[A-Z]+_[A-Z_]+");
        browser.screenshot("backup-review-es");
        new Select(browser.visible(By.id("language"))).selectByValue("en");
        browser.settled();
        browser.logout();
    }

    @Test
    @Order(8)
    void theAdminIsToldWhatTheQueueIsAndEditsThePolicyThroughItsForm() throws Exception {
        browser.login("admin-1");
        browser.show("#/queue");
        assertThat(browser.visible(By.id("queue-not-for-you")).getText()).contains("not a supervisor");
        browser.show("#/admin");
        assertThat(browser.driver().findElements(By.id("policy-json"))).isEmpty();
        WebElement due = browser.visible(By.cssSelector("[data-pointer='/coSign/dueDays'] input"));
        due.clear();
        due.sendKeys("0");
        browser.click(By.id("policy-save"));
        browser.visible(By.cssSelector("[data-pointer='/coSign/dueDays'] + .field-error, [data-pointer='/coSign/dueDays'] .field-error"));
        assertThat(due.getAttribute("aria-invalid")).isEqualTo("true");
        due.clear();
        due.sendKeys("5");
        browser.click(By.id("policy-save"));
        browser.waitForText(By.id("status"), "saved");
        browser.screenshot("admin-policy");
        browser.logout();
    }

    @Test
    @Order(9)
    void theOtherPracticeSeesNoneOfThisPracticesNotes() throws Exception {
        browser.login("org2-supervisor");
        browser.show("#/queue");
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-note='" + noteId + "']"))).isEmpty();
        browser.show("#/review/" + noteId);
        String page = browser.visible(By.id("main")).getText();
        assertThat(page).contains("This page could not be loaded").doesNotContain("Zoë", "Dvořák", "moved countries");
        browser.logout();
    }
}
