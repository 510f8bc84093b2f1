package org.casenotes.supervision.host.browser;

import org.openqa.selenium.By;

/** Fills the self-disclosure form the way a clinician would, by clicking its labelled choices. */
final class DisclosureForm {

    /** Typed-in markup that must stay text wherever it is shown. */
    static final String PAYLOAD = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";
    static final String SUMMARY = "Said I also moved countries young and found the first winter hard. " + PAYLOAD;
    static final String ENTRY = "fieldset.entry ";

    private DisclosureForm() {
    }

    /** Completes the first entry: a deliberate personal disclosure with the given motive. */
    static void fillFlaggedEntry(Browser browser, String motive) {
        pick(browser, "type", "FACTS");
        pick(browser, "involvement", "SELF_REVEALING");
        pick(browser, "intimacy", "PERSONAL_HISTORY");
        pick(browser, "verbal", "true");
        browser.type(By.cssSelector(ENTRY + "div[data-field='summary'] textarea"), SUMMARY);
        pick(browser, "mode", "DELIBERATE");
        pick(browser, "clientPrompted", "false");
        pick(browser, "intents", "NORMALIZE");
        browser.type(By.cssSelector(ENTRY + "div[data-field='rationale'] textarea"), "To normalise the adjustment (goal 1).");
        pick(browser, "motiveCheck", motive);
        for (String risk : new String[] {"BOUNDARY_BLURRING", "IMPOSING_VALUES", "SHIFTING_TREATMENT_GOALS", "CLIENT_BURDEN",
            "POWER_DIFFERENTIAL", "FOCUS_DIVERSION"}) {
            pick(browser, "riskScreen." + risk, "NO");
        }
        pick(browser, "focusReturned", "true");
        browser.type(By.cssSelector(ENTRY + "div[data-field='clientResponse.text'] textarea"), "Said it helped.");
        pick(browser, "clientResponse.rating", "HELPFUL");
        pick(browser, "discussInSupervision", "false");
    }

    static void pick(Browser browser, String field, String value) {
        By choice = By.cssSelector(ENTRY + "fieldset[data-field='" + field + "'] input[value='" + value + "']");
        if (!browser.visible(choice).isSelected()) {
            browser.click(choice);
        }
    }
}
