package org.casenotes.supervision.host.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a person can read on the page, checked for words that are not words: a schema key or
 * enum constant ({@code [A-Z]+_[A-Z_]+}, camelCase keys), an English UI string on a Spanish page
 * (any English message of the UI or label of the vocabulary, matched as a template), or a key
 * the UI had no message or label for. Visible text nodes and the accessible texts of controls
 * (aria-label, title, placeholder, alt, option text) are all read. What people typed (marked
 * {@code data-user}: note text, comments, case notes) is their own words in their own language,
 * so it is left out of the untranslated check, never out of the raw-code check.
 */
final class PageText {

    static final String ENUM_CONSTANT = "[A-Z]+_[A-Z_]+";
    static final String CAMEL_CASE_KEY = "\\b[a-z]+[A-Z][A-Za-z]*\\b";

    private static final String COLLECT = """
            const [english, spanish, lang] = arguments;
            const texts = [];
            const typed = new Set();
            const visible = el => { if (!el) return false; const s = getComputedStyle(el);
              return s.display !== 'none' && s.visibility !== 'hidden' && el.getClientRects().length > 0; };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = n.textContent.trim();
              if (!text || ['SCRIPT', 'STYLE'].includes(n.parentElement.tagName)) continue;
              if (n.parentElement.closest('[data-user]')) typed.add(text);
              if (n.parentElement.tagName === 'OPTION' ? visible(n.parentElement.closest('select')) : visible(n.parentElement)) texts.push(text);
            }
            for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
              for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
                const v = el.getAttribute(attr);
                if (v && v.trim()) texts.push(v.trim());
              }
            }
            const raw = texts.filter(t => new RegExp(arguments[3]).test(t) || new RegExp(arguments[4]).test(t));
            const untranslated = [];
            if (lang !== 'en') {
              const escape = s => s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');
              const patterns = Object.entries(english).filter(([k, v]) => spanish[k] !== v && v.trim().length > 1)
                .map(([k, v]) => [k, new RegExp('^' + v.trim().split(/\\{\\w+\\}/).map(escape).join('.+') + '$')]);
              for (const t of texts.filter(x => !typed.has(x))) {
                const hit = patterns.find(([, p]) => p.test(t));
                if (hit) untranslated.push(hit[0] + ' => ' + t);
              }
            }
            return { raw, untranslated,
              missing: [...(window.__srMissingText || [])].concat([...(window.__srMissingLabels || [])]),
              lang: document.documentElement.lang, count: texts.length };
            """;

    /** What one look at the page found. */
    record Findings(List<String> raw, List<String> untranslated, List<String> missing, String lang, long count) {
        boolean clean() {
            return raw.isEmpty() && untranslated.isEmpty() && missing.isEmpty();
        }
    }

    private PageText() {
    }

    /**
     * Reads the page.
     *
     * @param browser the page
     * @param english every English text the UI may show (messages and vocabulary labels), by key
     * @param spanish the same keys in Spanish
     * @param lang the language the page should be in
     * @return the findings
     */
    @SuppressWarnings("unchecked")
    static Findings read(Browser browser, Map<String, String> english, Map<String, String> spanish, String lang) {
        Map<String, Object> out = (Map<String, Object>) browser.script(COLLECT, english, spanish, lang, ENUM_CONSTANT, CAMEL_CASE_KEY);
        return new Findings(new ArrayList<>((List<String>) out.get("raw")), new ArrayList<>((List<String>) out.get("untranslated")),
                new ArrayList<>((List<String>) out.get("missing")), (String) out.get("lang"), ((Number) out.get("count")).longValue());
    }
}
