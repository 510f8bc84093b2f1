package org.casenotes.supervision.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.NoteProtection;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.error.PolicyException;
import org.junit.jupiter.api.Test;

/**
 * The §2.32 notice is data with effective dates: every day from the oldest wording kept onwards
 * has exactly one notice, each wording takes over the day after the one before ends, and the
 * 2024 final rule's wording is in force from its effective date, 16 April 2024.
 */
class RedisclosureNoticesTest {

    private static final RedisclosureNotices NOTICES = RedisclosureNotices.builtIn();

    @Test
    void everyDayFromTheOldestWordingHasExactlyOneNotice() {
        LocalDate first = NOTICES.all().get(0).effectiveFrom();
        for (LocalDate day = first; day.isBefore(LocalDate.of(2035, 1, 1)); day = day.plusDays(1)) {
            LocalDate d = day;
            assertThat(NOTICES.all().stream().filter(n -> n.inForceOn(d)).count()).as("notices on %s", d).isOne();
        }
        assertThat(NOTICES.inForceOn(first.minusDays(1))).isEmpty();
    }

    @Test
    void theWordingChangesOnTheEffectiveDatesOfTheRules() {
        assertThat(NOTICES.inForceOn(LocalDate.of(2018, 2, 2)).orElseThrow().text())
                .startsWith("This information has been disclosed to you from records protected by federal");
        assertThat(NOTICES.inForceOn(LocalDate.of(2020, 8, 13)).orElseThrow().id()).isEqualTo("2018-02-02");
        assertThat(NOTICES.inForceOn(LocalDate.of(2020, 8, 14)).orElseThrow().id()).isEqualTo("2020-08-14");
        RedisclosureNotice before = NOTICES.inForceOn(LocalDate.of(2024, 4, 15)).orElseThrow();
        RedisclosureNotice after = NOTICES.inForceOn(LocalDate.of(2024, 4, 16)).orElseThrow();
        assertThat(before.id()).isEqualTo("2020-08-14");
        assertThat(before.text()).contains("The federal rules prohibit you from making any further disclosure of this record");
        assertThat(after.id()).isEqualTo("2024-04-16");
        assertThat(after.citation()).contains("89 FR 12472");
        assertThat(after.complianceDate()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(after.text()).startsWith("This record which has been disclosed to you is protected by Federal "
                + "confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record,")
                .contains("(ii) You are a covered entity or business associate and have received the record for "
                        + "treatment, payment, or health care operations")
                .endsWith("NOT sufficient to meet the required elements of written consent to further use or "
                        + "redisclose the record (see 42 CFR 2.31).");
        assertThat(NOTICES.inForceOn(LocalDate.of(2040, 1, 1)).orElseThrow().id()).isEqualTo("2024-04-16");
    }

    @Test
    void wordingsWithAGapOrAnOverlapAreRefused() {
        RedisclosureNotice a = new RedisclosureNotice("a", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), null,
                "c", "u", false, "A");
        RedisclosureNotice gap = new RedisclosureNotice("b", LocalDate.of(2021, 1, 2), null, null, "c", "u", false, "B");
        RedisclosureNotice overlap = new RedisclosureNotice("b", LocalDate.of(2020, 12, 31), null, null, "c", "u",
                false, "B");
        assertThatThrownBy(() -> new RedisclosureNotices(List.of(a, gap))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new RedisclosureNotices(List.of(a, overlap))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new RedisclosureNotices(List.of(a))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theScreenLeavesOutPsychotherapyNotesCountsPart2OnceAndGivesTheNoticeOfItsDay() {
        NoteLookup notes = lookup(Map.of("p2", Set.of(NoteProtection.PART_2), "pn", Set.of(NoteProtection.PSYCHOTHERAPY_NOTE),
                "both", Set.of(NoteProtection.PART_2, NoteProtection.PSYCHOTHERAPY_NOTE)));
        ExportScreen screen = new ExportScreen(notes, "org", LocalDate.of(2023, 6, 1), NOTICES);

        assertThat(screen.admit("plain")).isTrue();
        assertThat(screen.notice()).isEmpty();
        assertThat(screen.admit("pn")).isFalse();
        assertThat(screen.admit("both")).isFalse();
        assertThat(screen.admit("p2")).isTrue();
        assertThat(screen.admit("p2")).isTrue();

        assertThat(screen.part2Notes()).isOne();
        assertThat(screen.psychotherapyNotesLeftOut()).isEqualTo(2);
        assertThat(screen.isPart2("p2")).isTrue();
        assertThat(screen.isPart2("plain")).isFalse();
        assertThat(screen.notice().orElseThrow().id()).isEqualTo("2020-08-14");
        assertThatThrownBy(() -> screen.requireExportable("pn")).isInstanceOf(PolicyException.class)
                .hasFieldOrPropertyWithValue("code", "export.psychotherapy-note");
    }

    @Test
    void aPart2ExportBeforeTheOldestWordingIsRefused() {
        ExportScreen screen = new ExportScreen(lookup(Map.of("p2", Set.of(NoteProtection.PART_2))), "org",
                LocalDate.of(2017, 1, 1), NOTICES);
        screen.admit("p2");
        assertThatThrownBy(screen::notice).isInstanceOf(PolicyException.class)
                .hasFieldOrPropertyWithValue("code", "export.no-redisclosure-notice");
    }

    private static NoteLookup lookup(Map<String, Set<NoteProtection>> protections) {
        return new NoteLookup() {
            @Override
            public Optional<ProgressNote> note(String organisationId, String noteId) {
                return Optional.empty();
            }

            @Override
            public Optional<ClientIdentity> client(String organisationId, String clientId) {
                return Optional.empty();
            }

            @Override
            public Set<NoteProtection> protections(String organisationId, String noteId) {
                return protections.getOrDefault(noteId, Set.of());
            }
        };
    }
}
