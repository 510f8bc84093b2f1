package org.casenotes.supervision.host.browser;

import java.util.List;

/**
 * The page's layout at the current width: nothing wider than the window (tables turn into cards
 * or scroll inside their own box), and no two visible controls drawn over each other.
 */
final class Layout {

    private static final String CHECK = """
            const problems = [];
            const doc = document.documentElement;
            if (doc.scrollWidth > window.innerWidth + 1) {
              const wide = [...document.querySelectorAll('main *, header *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ')[0] : ''));
              problems.push('page is ' + doc.scrollWidth + ' px wide in a ' + window.innerWidth + ' px window: ' + wide.join(', '));
            }
            const controls = [...document.querySelectorAll('button, a.button, select, input:not([type=hidden]), textarea')]
              .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
              .map(e => [e, e.getBoundingClientRect()]);
            for (let i = 0; i < controls.length; i++) {
              for (let j = i + 1; j < controls.length; j++) {
                const [a, ra] = controls[i]; const [b, rb] = controls[j];
                const overlap = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > 1 && Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 1;
                if (overlap && !a.contains(b) && !b.contains(a)) problems.push('overlap: ' + (a.id || a.textContent.trim() || a.tagName) + ' / ' + (b.id || b.textContent.trim() || b.tagName));
              }
            }
            return problems;
            """;

    private Layout() {
    }

    @SuppressWarnings("unchecked")
    static List<String> problems(Browser browser) {
        return (List<String>) browser.script(CHECK);
    }
}
