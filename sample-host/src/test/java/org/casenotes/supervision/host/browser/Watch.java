package org.casenotes.supervision.host.browser;

import java.util.List;
import java.util.Map;

/**
 * Watches a long action from inside the page: records, while it runs, whether its button was
 * disabled and what the status region said, so a test can prove the progress a person saw.
 */
final class Watch {

    private Watch() {
    }

    /** Starts recording the button's disabled state and the status region's messages. */
    static void start(Browser browser, String buttonId) {
        browser.script("""
                const button = document.getElementById(arguments[0]);
                window.__srWatch = { disabledWhileBusy: false, messages: [] };
                const status = document.getElementById('status');
                const seen = () => {
                  const text = status.innerText.trim();
                  if (text && window.__srWatch.messages.at(-1) !== text) window.__srWatch.messages.push(text);
                  if (status.querySelector('.msg-busy') && document.getElementById(arguments[0])?.disabled) window.__srWatch.disabledWhileBusy = true;
                };
                new MutationObserver(seen).observe(status, { childList: true, subtree: true, characterData: true });
                new MutationObserver(seen).observe(button, { attributes: true });
                """, buttonId);
    }

    /** What was seen: {@code disabledWhileBusy} and the {@code messages} in order. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> seen(Browser browser) {
        return (Map<String, Object>) browser.script("return window.__srWatch");
    }

    @SuppressWarnings("unchecked")
    static List<String> messages(Browser browser) {
        return (List<String>) seen(browser).get("messages");
    }
}
