package org.casenotes.supervision.host.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (the npm package pinned in sample-host/package.json, installed by {@code npm ci} in
 * the browser profile) run inside the page at WCAG 2.2 A and AA. The script is injected by the
 * driver, so the page's Content-Security-Policy stays as strict as in production. A missing
 * axe-core fails the test: accessibility is checked, never skipped.
 */
final class Axe {

    static final Path SCRIPT = Path.of("node_modules", "axe-core", "axe.min.js");
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    static Axe load() throws IOException {
        if (!Files.isRegularFile(SCRIPT)) {
            throw new AssertionError("axe-core is not installed at " + SCRIPT.toAbsolutePath()
                    + "; run the browser suite with -Pbrowser (it runs npm ci in sample-host)");
        }
        return new Axe(Files.readString(SCRIPT, StandardCharsets.UTF_8));
    }

    /** The version the page reports, to prove which axe-core ran. */
    String version(Browser browser) {
        inject(browser);
        return (String) browser.script("return axe.version");
    }

    /**
     * The violations on the page as it is now, one line each: rule, impact, the first nodes.
     *
     * @param browser the page
     * @return the violations; empty when the page passes
     */
    @SuppressWarnings("unchecked")
    List<String> violations(Browser browser) {
        inject(browser);
        Object result = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })"
                + ".then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) }))))"
                + ".catch(e => done([{ id: 'axe-error', impact: 'error', help: String(e), nodes: [] }]));", TAGS);
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            out.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes"));
        }
        return out;
    }

    private void inject(Browser browser) {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
            browser.script(source);
        }
    }
}
