package org.casenotes.supervision.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The board check in the hours view, in real headless Chromium over the demo practice: the
 * supervisor of the four associates (one per board) picks each in turn for February 2026 and
 * reads each week's or month's outcome, a rule's outcome, its explanation and its citation, in
 * English and in Spanish; the page has no raw code, no untranslated text, no missing label and no
 * axe-core violation. For Texas the supervisor signs the board statement and downloads the PDF. The expected outcomes are the ones worked by hand in docs/licensure.md.
 */
@Tag("browser")
class BoardCheckPageIT {

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

    /** What one associate's board check shows: the pack, each period's state, one rule and its words. */
    record Expected(String supervisee, String pack, List<String> periodStates, int period, String rule,
            String outcome, String englishExplanation, String spanishExplanation, String citation) {
    }

    static final List<Expected> ASSOCIATES = List.of(
            new Expected("associate-ca", "us-ca-bbs-amft", List.of("MET", "MET", "MET", "NOT_MET"), 3, "second-unit",
                    "NOT_MET", "12 direct client hours, more than 10: only 1 unit of supervision, at least 2 needed.",
                    "12 horas de atención directa, más de 10: solo 1 unidad de supervisión, se necesitan al menos 2.",
                    "Cal. Bus. & Prof. Code §4980.43.1"),
            new Expected("associate-tx", "us-tx-lpc-associate", List.of("MET"), 0, "group-share", "MET", null, null,
                    "22 Tex. Admin. Code §681.83(e)"),
            new Expected("associate-fl", "us-fl-registered-intern", List.of("MET"), 0, null, null, null, null, null),
            new Expected("associate-ny", "us-ny-lmhc", List.of("NOT_MET"), 0, "fortnightly-supervision", "NOT_MET",
                    null, null, null));

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theSupervisorReadsEachAssociatesBoardCheck(String lang) throws Exception {
        Map<String, String> english = EveryPageIT.texts(host, "en");
        Map<String, String> spanish = EveryPageIT.texts(host, "es");
        Map<String, String> words = lang.equals("en") ? english : spanish;
        Axe axe = Axe.load();
        List<String> failures = new ArrayList<>();
        try (Browser browser = new Browser(host.url(), temp.resolve("board-" + lang), lang)) {
            browser.login("supervisor-3");
            browser.show("#/hours");
            for (Expected a : ASSOCIATES) {
                new Select(browser.visible(By.id("hours-supervisee"))).selectByValue(a.supervisee());
                browser.script("document.getElementById('hours-from').value = '2026-02-01';"
                        + " document.getElementById('hours-to').value = '2026-02-28';");
                browser.click(By.id("hours-show"));
                browser.visible(By.cssSelector("#licensure[data-pack='" + a.pack() + "']"));
                browser.settled();

                List<WebElement> periods = browser.driver().findElements(By.cssSelector("#licensure .licensure-period"));
                assertThat(periods).extracting(p -> p.getAttribute("data-state")).as(a.supervisee())
                        .containsExactlyElementsOf(a.periodStates());
                WebElement period = periods.get(a.period());
                String stateWords = words.get(switch (a.periodStates().get(a.period())) {
                    case "MET" -> "ui.licensure.allMet";
                    case "NOT_MET" -> "ui.licensure.notAllMet";
                    default -> "ui.licensure.notKnown";
                });
                assertThat(period.findElement(By.tagName("h3")).getText()).endsWith(stateWords);
                if (a.rule() != null) {
                    WebElement row = period.findElement(By.cssSelector("tr[data-rule='" + a.rule() + "']"));
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    assertThat(row.getAttribute("data-outcome")).isEqualTo(a.outcome());
                    assertThat(cells.get(1).getText()).isEqualTo(words.get("vocabulary.RuleOutcome." + a.outcome()));
                    String explanation = lang.equals("en") ? a.englishExplanation() : a.spanishExplanation();
                    if (explanation != null) {
                        assertThat(cells.get(2).getText()).isEqualTo(explanation);
                    }
                    assertThat(cells.get(2).getText()).isNotBlank();
                    if (a.citation() != null) {
                        assertThat(cells.get(3).getText()).startsWith(a.citation());
                    }
                    assertThat(cells.get(3).getText()).containsAnyOf(words.get("ui.licensure.verified"),
                            words.get("ui.licensure.unverified"));
                }
                assertThat(browser.driver().findElement(By.id("licensure-pack")).getText())
                        .contains(words.get("vocabulary.CheckPeriod." + (a.periodStates().size() > 1 ? "WEEK" : "MONTH")));

                String where = lang + " " + a.supervisee() + ": ";
                PageText.Findings text = PageText.read(browser, english, spanish, lang);
                text.raw().forEach(t -> failures.add(where + "raw code or key: " + t));
                text.untranslated().forEach(t -> failures.add(where + "untranslated: " + t));
                text.missing().forEach(t -> failures.add(where + "no message or label for " + t));
                axe.violations(browser).forEach(v -> failures.add(where + "axe " + v));
                for (int width : EveryPageIT.WIDTHS) {
                    browser.width(width);
                    Layout.problems(browser).forEach(p -> failures.add(where + width + " " + p));
                }
                browser.width(EveryPageIT.WIDTHS[0]);
                browser.pageScreenshot(lang + "-board-check-" + a.supervisee());
                if (a.supervisee().equals("associate-tx")) {
                    // The supervisor signs the statement with their password and gets the PDF.
                    browser.type(By.id("statement-password"), "demo");
                    browser.click(By.id("statement-sign"));
                    Path pdf = browser.awaitDownload(".pdf");
                    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
                    browser.waitForText(By.id("status"), words.get("ui.licensure.signed").replace("{name}", "")
                            .replaceAll("[.:]\\s*$", "").strip());
                    assertThat(browser.driver().findElement(By.id("statement-password")).getAttribute("value")).isEmpty();
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
