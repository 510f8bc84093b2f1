package org.casenotes.supervision.core.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One wording of the 42 CFR Part 2 §2.32 redisclosure notice and the days it was in force.
 *
 * @param id the notice's id: the day it came into force, {@code 2024-04-16}
 * @param effectiveFrom the first day it is in force
 * @param effectiveTo the last day it is in force, or {@code null} while it still is
 * @param complianceDate the day from which the rule that brought it had to be followed, or
 *     {@code null} when the rule named none apart from its effective date
 * @param citation where the wording comes from (regulation and Federal Register pages)
 * @param url where the wording was read
 * @param verified whether the wording was checked against an official text
 * @param text the statement, word for word; English, as the regulation gives it
 */
public record RedisclosureNotice(String id, LocalDate effectiveFrom, LocalDate effectiveTo, LocalDate complianceDate,
        String citation, String url, boolean verified, String text) {

    /** Checks the required fields and the order of the dates. */
    public RedisclosureNotice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(text, "text");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("a notice ends after it starts");
        }
    }

    /**
     * Whether the notice is in force on a day.
     *
     * @param day the day
     * @return {@code true} from {@code effectiveFrom} to {@code effectiveTo}, both included
     */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
