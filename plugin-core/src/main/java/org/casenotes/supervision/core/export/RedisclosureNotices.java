package org.casenotes.supervision.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casenotes.supervision.core.json.Json;

/**
 * The wordings of the 42 CFR Part 2 §2.32 redisclosure notice, kept as data with their effective
 * dates and citations ({@code redisclosure-notices.json} beside this class), so that an export
 * carries the notice in force on its own date and a new wording is a new entry, not a code change.
 * Loaded once and checked: the entries must follow each other without gap or overlap. Immutable
 * and thread-safe.
 */
public final class RedisclosureNotices {

    private static final String RESOURCE = "redisclosure-notices.json";
    private static final RedisclosureNotices BUILT_IN = load();

    private final List<RedisclosureNotice> notices;

    RedisclosureNotices(List<RedisclosureNotice> notices) {
        this.notices = List.copyOf(notices);
        for (int i = 1; i < this.notices.size(); i++) {
            RedisclosureNotice before = this.notices.get(i - 1);
            RedisclosureNotice after = this.notices.get(i);
            if (before.effectiveTo() == null || !before.effectiveTo().plusDays(1).equals(after.effectiveFrom())) {
                throw new IllegalStateException("redisclosure notice " + after.id()
                        + " must start the day after " + before.id() + " ends");
            }
        }
        if (!this.notices.isEmpty() && this.notices.get(this.notices.size() - 1).effectiveTo() != null) {
            throw new IllegalStateException("the last redisclosure notice is still in force");
        }
    }

    /**
     * The notices this plugin knows.
     *
     * @return the built-in notices
     */
    public static RedisclosureNotices builtIn() {
        return BUILT_IN;
    }

    /**
     * Every wording, oldest first.
     *
     * @return the notices
     */
    public List<RedisclosureNotice> all() {
        return notices;
    }

    /**
     * The notice in force on a day.
     *
     * @param day the export's day, in the practice's time zone
     * @return the notice, or empty for a day before the oldest wording kept
     */
    public Optional<RedisclosureNotice> inForceOn(LocalDate day) {
        return notices.stream().filter(n -> n.inForceOn(day)).findFirst();
    }

    private static RedisclosureNotices load() {
        try (InputStream in = RedisclosureNotices.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin");
            }
            Map<?, ?> document = (Map<?, ?>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<RedisclosureNotice> notices = new ArrayList<>();
            for (Object entry : (List<?>) document.get("notices")) {
                Map<?, ?> notice = (Map<?, ?>) entry;
                Map<?, ?> citation = (Map<?, ?>) notice.get("citation");
                notices.add(new RedisclosureNotice((String) notice.get("id"), day(notice.get("effectiveFrom")),
                        day(notice.get("effectiveTo")), day(notice.get("complianceDate")),
                        (String) citation.get("source"), (String) citation.get("url"),
                        Boolean.TRUE.equals(citation.get("verified")), (String) notice.get("text")));
            }
            return new RedisclosureNotices(notices);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate day(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }
}
