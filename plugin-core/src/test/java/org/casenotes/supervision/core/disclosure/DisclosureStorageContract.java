package org.casenotes.supervision.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.casenotes.supervision.core.disclosure.DisclosureFixture.ADMIN;
import static org.casenotes.supervision.core.disclosure.DisclosureFixture.CLINICIAN;
import static org.casenotes.supervision.core.disclosure.DisclosureFixture.CLINICIAN_ELSEWHERE;
import static org.casenotes.supervision.core.disclosure.DisclosureFixture.DAY;
import static org.casenotes.supervision.core.disclosure.DisclosureFixture.ORG;
import static org.casenotes.supervision.core.disclosure.DisclosureFixture.OTHER_CLINICIAN;
import static org.casenotes.supervision.core.disclosure.DisclosureFixture.OTHER_SUPERVISOR;
import static org.casenotes.supervision.core.disclosure.DisclosureFixture.SUPERVISOR;
import static org.casenotes.supervision.core.disclosure.DisclosureFixture.save;
import static org.casenotes.supervision.core.disclosure.SectionDocs.attestation;
import static org.casenotes.supervision.core.disclosure.SectionDocs.edit;
import static org.casenotes.supervision.core.disclosure.SectionDocs.json;
import static org.casenotes.supervision.core.disclosure.SectionDocs.section;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.disclosure.SavedSection;
import org.casenotes.supervision.api.disclosure.SectionDraft;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saving, reading and snapshotting sections on a real database; run on H2 and PostgreSQL. */
abstract class DisclosureStorageContract {

    private static final String ONE_ENTRY = json(section());

    DisclosureFixture fixture;

    abstract DataSource database();

    @BeforeEach
    void freshDatabase() {
        fixture = new DisclosureFixture(database());
    }

    @Test
    void aSavedSectionLoadsWithItsVersionFlagsAndPolicyVersion() {
        String json = json(edit(section(), "/entries/0/motiveCheck", "UNSURE"));

        SavedSection saved = fixture.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 0, json));
        SavedSection loaded = fixture.disclosures.load(SUPERVISOR, "n1");

        assertThat(saved.version()).isEqualTo(1);
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.flags()).extracting(Flag::ruleId).containsExactly("motive");
        assertThat(loaded.policyVersion()).isEqualTo(1);
        assertThat(loaded.sessionDate()).isEqualTo(DAY);
    }

    @Test
    void eachSaveNeedsTheVersionItRead() {
        fixture.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 0, ONE_ENTRY));
        SavedSection second = fixture.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 1, json(attestation())));

        assertThatThrownBy(() -> fixture.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 1, ONE_ENTRY)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fixture.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 0, ONE_ENTRY)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fixture.disclosures.save(CLINICIAN, save("n2", "c1", DAY, 3, ONE_ENTRY)))
                .isInstanceOf(ConflictException.class);
        assertThat(second.version()).isEqualTo(2);
        assertThat(fixture.disclosures.load(CLINICIAN, "n1").section().entries()).isEmpty();
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void ofTwoSavesFromTheSameVersionExactlyOneWins() throws Exception {
        fixture.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 0, ONE_ENTRY));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = pool.invokeAll(List.of(
                    () -> attempt(save("n1", "c1", DAY, 1, json(attestation()))),
                    () -> attempt(save("n1", "c1", DAY, 1, ONE_ENTRY))));
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(SavedSection.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixture.disclosures.load(CLINICIAN, "n1").version()).isEqualTo(2);
    }

    @Test
    void anInvalidSectionStoresNothingAndAuditsNothing() {
        String invalid = json(edit(section(), "/entries/0/summary", ""));

        assertThatThrownBy(() -> fixture.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 0, invalid)))
                .isInstanceOf(ValidationException.class);
        assertThat(rows()).isZero();
        assertThat(fixture.audit).isEmpty();
    }

    @Test
    void aSaveWhoseAuditEventFailsStoresNothing() {
        DisclosureFixture failing = new DisclosureFixture(fixture.dataSource, AuditAction.CREATE);

        assertThatThrownBy(() -> failing.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 0, ONE_ENTRY)))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(rows()).isZero();
    }

    @Test
    void aSaveMustNameTheClientClinicianAndDayOfTheHostsNote() {
        ValidationException error = catchThrowableOfType(ValidationException.class,
                () -> fixture.disclosures.save(CLINICIAN, save("host-note", "c2", DAY.plusDays(1), 0, ONE_ENTRY)));

        assertThat(error.problems()).extracting(p -> p.path() + " " + p.code())
                .containsExactly("/clientId mismatch-with-note", "/sessionDate mismatch-with-note");
        assertThat(rows()).isZero();
        assertThat(fixture.disclosures.save(CLINICIAN, save("host-note", "c1", DAY, 0, ONE_ENTRY)).version()).isEqualTo(1);
    }

    @Test
    void onlyTheNotesClinicianSavesIt() {
        SaveSection byOther = new SaveSection("n1", "c1", CLINICIAN.userId(), DAY, 0, ONE_ENTRY);

        assertThatThrownBy(() -> fixture.disclosures.save(OTHER_CLINICIAN, byOther)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fixture.disclosures.save(SUPERVISOR, byOther)).isInstanceOf(ForbiddenException.class);
        fixture.disclosures.save(CLINICIAN, byOther);
        SaveSection takeover = new SaveSection("n1", "c1", OTHER_CLINICIAN.userId(), DAY, 1, ONE_ENTRY);
        assertThatThrownBy(() -> fixture.disclosures.save(OTHER_CLINICIAN, takeover)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theClinicianAndTheirSupervisorReadOthersDoNot() {
        fixture.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 0, ONE_ENTRY));

        assertThat(fixture.disclosures.load(CLINICIAN, "n1").noteId()).isEqualTo("n1");
        assertThat(fixture.disclosures.load(SUPERVISOR, "n1").noteId()).isEqualTo("n1");
        assertThatThrownBy(() -> fixture.disclosures.load(OTHER_SUPERVISOR, "n1")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fixture.disclosures.load(OTHER_CLINICIAN, "n1")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fixture.disclosures.load(ADMIN, "n1")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fixture.disclosures.load(CLINICIAN_ELSEWHERE, "n1")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void createsUpdatesAndReadsAreAuditedWithIdsAndAContentHashOnly() {
        SavedSection first = fixture.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 0, ONE_ENTRY));
        fixture.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 1, json(attestation())));
        fixture.disclosures.load(SUPERVISOR, "n1");

        assertThat(fixture.audit).extracting(AuditEntry::action, AuditEntry::actorId, AuditEntry::targetId,
                AuditEntry::clientId, AuditEntry::dataCategory).containsExactly(
                tuple(AuditAction.CREATE, "clin-1", "n1", "c1", "disclosure-section"),
                tuple(AuditAction.UPDATE, "clin-1", "n1", "c1", "disclosure-section"),
                tuple(AuditAction.READ, "sup-1", "n1", "c1", "disclosure-section"));
        assertThat(fixture.audit.get(0).contentHash()).isEqualTo(DisclosureService.sha256(first.sectionJson()));
        assertThat(fixture.audit.get(1).beforeState()).isEqualTo("version 1");
        assertThat(fixture.audit).allSatisfy(e -> assertThat(String.valueOf(e.detail()) + e.afterState())
                .doesNotContain("breathing"));
    }

    @Test
    void thePatternRuleCountsTheClientsStoredSessionsInTheWindow() {
        fixture.disclosures.save(CLINICIAN, save("old", "c1", DAY.minusDays(60), 0, ONE_ENTRY));
        fixture.disclosures.save(CLINICIAN, save("s1", "c1", DAY.minusDays(28), 0, ONE_ENTRY));
        fixture.disclosures.save(CLINICIAN, save("s2", "c1", DAY.minusDays(21), 0, json(attestation())));
        fixture.disclosures.save(CLINICIAN, save("s3", "c1", DAY.minusDays(14), 0, json(attestation())));
        fixture.disclosures.save(CLINICIAN, save("s4", "c1", DAY.minusDays(7), 0, ONE_ENTRY));
        fixture.disclosures.save(CLINICIAN, save("other", "c2", DAY.minusDays(3), 0, ONE_ENTRY));
        fixture.disclosures.save(CLINICIAN_ELSEWHERE, save("else", "c1", DAY.minusDays(2), 0, ONE_ENTRY));
        fixture.disclosures.save(CLINICIAN, save("later", "c1", DAY.plusDays(7), 0, ONE_ENTRY));

        // the last 5 sessions up to DAY: s1 (yes), s2, s3, s4 (yes), this one (yes) -> 3 of 5
        SavedSection third = fixture.disclosures.save(CLINICIAN, save("now", "c1", DAY, 0, ONE_ENTRY));
        // rewriting s4 as an attestation leaves 2 of the last 5 for this note
        fixture.disclosures.save(CLINICIAN, save("s4", "c1", DAY.minusDays(7), 1, json(attestation())));
        SavedSection second = fixture.disclosures.save(CLINICIAN, save("now", "c1", DAY, 1, ONE_ENTRY));

        assertThat(third.flags()).extracting(Flag::ruleId).containsExactly("pattern");
        assertThat(third.flags().get(0).explanation()).contains("This clinician disclosed to this client in 3 of their last 5 sessions with the client");
        assertThat(second.flags()).isEmpty();
    }

    @Test
    void thePatternRuleCountsOnlyThisCliniciansSessionsWithTheClient() {
        for (int week = 4; week >= 1; week--) {
            fixture.disclosures.save(OTHER_CLINICIAN, new SaveSection("by-other-" + week, "c1",
                    OTHER_CLINICIAN.userId(), DAY.minusDays(7L * week), 0, ONE_ENTRY));
        }

        SavedSection firstEver = fixture.disclosures.save(CLINICIAN, save("first", "c1", DAY, 0, ONE_ENTRY));
        fixture.disclosures.save(CLINICIAN, save("second", "c1", DAY.plusDays(7), 0, ONE_ENTRY));
        SavedSection third = fixture.disclosures.save(CLINICIAN, save("third", "c1", DAY.plusDays(14), 0, ONE_ENTRY));

        assertThat(firstEver.flags()).as("another clinician's sessions with the client never count")
                .extracting(Flag::ruleId).doesNotContain("pattern");
        assertThat(third.flags()).extracting(Flag::ruleId).containsExactly("pattern");
    }

    @Test
    void thePatternRuleNeverCountsTheNoteItselfOnAReSave() {
        fixture.disclosures.save(CLINICIAN, save("before", "c1", DAY.minusDays(7), 0, ONE_ENTRY));
        SavedSection first = fixture.disclosures.save(CLINICIAN, save("now", "c1", DAY, 0, ONE_ENTRY));

        SavedSection resaved = fixture.disclosures.save(CLINICIAN, save("now", "c1", DAY, 1, ONE_ENTRY));

        // 2 disclosing sessions of the last 5 (the policy flags 3): counting the note twice makes 3
        assertThat(first.flags()).extracting(Flag::ruleId).doesNotContain("pattern");
        assertThat(resaved.flags()).extracting(Flag::ruleId).doesNotContain("pattern");
    }

    @Test
    void thePatternRuleNeverCountsTheNoteItselfInASnapshot() {
        fixture.disclosures.save(CLINICIAN, save("before", "c1", DAY.minusDays(7), 0, ONE_ENTRY));
        fixture.disclosures.save(CLINICIAN, save("now", "c1", DAY, 0, ONE_ENTRY));

        SectionSnapshot snapshot = fixture.transactions.inTransaction("snapshot",
                tx -> fixture.disclosures.snapshot(tx, ORG, "now")).orElseThrow();

        assertThat(snapshot.flags()).extracting(Flag::ruleId).doesNotContain("pattern");
    }

    @Test
    void anUnfinishedDraftIsStoredWithItsProblemsListedAndRemovedOnceTheSectionIsSaved() {
        String unfinished = json(edit(section(), "/entries/0/summary", SectionDocs.REMOVE));

        SectionDraft draft = fixture.disclosures.saveDraft(CLINICIAN, save("n1", "c1", DAY, 0, unfinished));
        SectionDraft again = fixture.disclosures.saveDraft(CLINICIAN, save("n1", "c1", DAY, 1, unfinished));

        assertThat(draft.problems()).extracting(FieldProblem::path, FieldProblem::code)
                .containsExactly(tuple("/entries/0/summary", "required"));
        assertThat(again.version()).isEqualTo(2);
        assertThat(fixture.disclosures.draft(CLINICIAN, "n1")).contains(again);
        assertThat(fixture.disclosures.drafts(CLINICIAN, 10)).containsExactly(again);
        assertThat(fixture.disclosures.drafts(OTHER_CLINICIAN, 10)).isEmpty();
        assertThatThrownBy(() -> fixture.disclosures.draft(OTHER_CLINICIAN, "n1")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fixture.disclosures.saveDraft(CLINICIAN, save("n1", "c1", DAY, 1, unfinished)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fixture.disclosures.saveDraft(CLINICIAN, save("n1", "c1", DAY, 2, "[1]")))
                .isInstanceOf(ValidationException.class);

        fixture.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 0, ONE_ENTRY));

        assertThat(fixture.disclosures.draft(CLINICIAN, "n1")).isEmpty();
        assertThat(fixture.disclosures.drafts(CLINICIAN, 10)).isEmpty();
    }

    @Test
    void aPolicyChangeAppliesToTheNextEvaluationAndEachRecordsItsVersion() {
        SavedSection before = fixture.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 0, ONE_ENTRY));
        fixture.policies.update(ADMIN, "{\"pattern\": {\"sessions\": 1, \"window\": 5}}", 1);

        SavedSection after = fixture.disclosures.save(CLINICIAN, save("n2", "c1", DAY.plusDays(7), 0, ONE_ENTRY));

        assertThat(before.policyVersion()).isEqualTo(1);
        assertThat(before.flags()).isEmpty();
        assertThat(fixture.disclosures.load(CLINICIAN, "n1").flags()).isEmpty();
        assertThat(after.policyVersion()).isEqualTo(2);
        assertThat(after.flags()).extracting(Flag::ruleId).containsExactly("pattern");
    }

    @Test
    void aSnapshotHasTheCanonicalTextAndFreshlyComputedFlags() {
        fixture.disclosures.save(CLINICIAN, save("n1", "c1", DAY, 0,
                json(edit(section(), "/entries/0/discussInSupervision", true))));
        fixture.policies.update(ADMIN, "{\"pattern\": {\"sessions\": 1, \"window\": 1}}", 1);

        SectionSnapshot snapshot = fixture.transactions.inTransaction("snapshot",
                tx -> fixture.disclosures.snapshot(tx, ORG, "n1")).orElseThrow();

        assertThat(snapshot.canonicalJson()).isEqualTo(fixture.disclosures.load(CLINICIAN, "n1").sectionJson());
        assertThat(snapshot.flags()).extracting(Flag::ruleId).containsExactly("discuss", "pattern");
        assertThat(snapshot.policyVersion()).isEqualTo(2);
        assertThat(snapshot.discussInSupervision()).isTrue();
        assertThat(snapshot.clientId()).isEqualTo("c1");
        assertThat(snapshot.sessionDate()).isEqualTo(DAY.toString());
        Optional<SectionSnapshot> elsewhere = fixture.transactions.inTransaction("snapshot",
                tx -> fixture.disclosures.snapshot(tx, "org-b", "n1"));
        assertThat(elsewhere).isEmpty();
    }

    private Object attempt(SaveSection command) {
        try {
            return fixture.disclosures.save(CLINICIAN, command);
        } catch (ConflictException e) {
            return e;
        }
    }

    private int rows() {
        try (Connection connection = fixture.dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM sr_disclosure_section WHERE org_id = '"
                        + ORG + "'")) {
            count.next();
            return count.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
