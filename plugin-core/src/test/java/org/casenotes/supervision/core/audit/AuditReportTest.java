package org.casenotes.supervision.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.audit.AuditEvent;
import org.casenotes.supervision.api.audit.AuditField;
import org.casenotes.supervision.api.audit.AuditPage;
import org.casenotes.supervision.api.audit.AuditQuery;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditReportTest {

    private static final Actor ADMIN_A = Actor.of("admin-a", "org-a", Role.ADMIN);
    private static final Instant FROM = AuditFixture.START;
    private static final Instant TO = AuditFixture.START.plusSeconds(3600 * 24);

    private AuditFixture audit;

    @BeforeAll
    void recordEvents() {
        audit = AuditFixture.over(TestDatabases.h2());
        audit.appendEvents(120, 42);
    }

    @Test
    void aReportListsOnlyTheAdminsOwnOrganisationsEventsOfThePeriod() {
        List<AuditEvent> all = everything(AuditQuery.period(FROM, TO));
        List<AuditEvent> firstHour = everything(AuditQuery.period(FROM, FROM.plusSeconds(3600)));

        assertThat(all).isNotEmpty().allMatch(e -> e.organisationId().equals("org-a"));
        assertThat(all.size()).isLessThan(120);
        assertThat(firstHour).isNotEmpty().allMatch(e -> e.at().isBefore(FROM.plusSeconds(3600)))
                .hasSizeLessThan(all.size());
    }

    @ParameterizedTest
    @EnumSource(AuditField.class)
    void everySortFieldPagesInOrderWithoutOverlapInBothDirections(AuditField field) {
        List<AuditEvent> all = everything(AuditQuery.period(FROM, TO));
        for (boolean descending : new boolean[] {false, true}) {
            AuditQuery query = new AuditQuery(FROM, TO, null, null, Set.of(), null, null, null, field, descending, 7, null);

            List<AuditEvent> paged = everything(query);

            Comparator<AuditEvent> order = byField(field).thenComparing(AuditEvent::sequence);
            assertThat(paged).as("%s %s", field, descending ? "desc" : "asc")
                    .containsExactlyElementsOf(all.stream().sorted(descending ? order.reversed() : order).toList());
        }
    }

    @Test
    void filtersNarrowTheReportToMatchingEvents() {
        List<AuditEvent> all = everything(AuditQuery.period(FROM, TO));
        AuditEvent sample = all.get(all.size() / 2);
        Set<AuditAction> actions = Set.of(sample.action(), AuditAction.READ);
        AuditQuery query = new AuditQuery(FROM, TO, sample.actorId(), null, actions, sample.dataCategory(), null,
                null, AuditField.TIME, false, 500, null);

        List<AuditEvent> found = audit.log().report(ADMIN_A, query).events();
        List<AuditEvent> expected = all.stream()
                .filter(e -> e.actorId().equals(sample.actorId()) && e.dataCategory().equals(sample.dataCategory())
                        && actions.contains(e.action()))
                .sorted(Comparator.comparing(AuditEvent::at).thenComparing(AuditEvent::sequence))
                .toList();

        assertThat(expected).as("the filters match some events, not all").isNotEmpty().hasSizeLessThan(all.size());
        assertThat(found).containsExactlyElementsOf(expected);
    }

    @Test
    void theActionFilterAloneKeepsOnlyTheChosenActions() {
        List<AuditEvent> all = everything(AuditQuery.period(FROM, TO));
        AuditAction chosen = all.get(all.size() / 2).action();
        AuditQuery query = new AuditQuery(FROM, TO, null, null, Set.of(chosen), null, null, null, AuditField.TIME,
                false, 500, null);

        List<AuditEvent> found = audit.log().report(ADMIN_A, query).events();
        List<AuditEvent> expected = all.stream().filter(e -> e.action() == chosen)
                .sorted(Comparator.comparing(AuditEvent::at).thenComparing(AuditEvent::sequence)).toList();

        assertThat(expected).as("other actions are in the period too").hasSizeLessThan(all.size());
        assertThat(found).containsExactlyElementsOf(expected);
    }

    @Test
    void theReportIsItselfRecordedAsAQueryEvent() {
        Actor admin = Actor.of("admin-reporting", "org-a", Role.ADMIN);
        audit.log().report(admin, AuditQuery.period(FROM, TO));

        List<AuditEvent> recorded = audit.log().report(admin, new AuditQuery(AuditFixture.NOW,
                AuditFixture.NOW.plusSeconds(1), "admin-reporting", null, Set.of(AuditAction.QUERY), "audit",
                null, null, AuditField.SEQUENCE, false, 10, null)).events();

        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).targetType()).isEqualTo("audit-report");
        assertThat(recorded.get(0).detail()).startsWith("sort=SEQUENCE asc").contains("returned=");
    }

    @ParameterizedTest
    @EnumSource(value = AuditField.class, names = {"CLIENT", "DATA_CATEGORY", "TARGET_TYPE", "TARGET_ID"})
    void eachFilterAloneNarrowsTheReportToItsEvents(AuditField filtered) {
        List<AuditEvent> all = everything(AuditQuery.period(FROM, TO));
        AuditEvent sample = all.get(all.size() / 2);
        AuditQuery query = switch (filtered) {
            case CLIENT -> new AuditQuery(FROM, TO, null, "client-3", Set.of(), null, null, null,
                    AuditField.SEQUENCE, false, 500, null);
            case DATA_CATEGORY -> new AuditQuery(FROM, TO, null, null, Set.of(), sample.dataCategory(), null, null,
                    AuditField.SEQUENCE, false, 500, null);
            case TARGET_TYPE -> new AuditQuery(FROM, TO, null, null, Set.of(), null, "meeting", null,
                    AuditField.SEQUENCE, false, 500, null);
            default -> new AuditQuery(FROM, TO, null, null, Set.of(), null, null, sample.targetId(),
                    AuditField.SEQUENCE, false, 500, null);
        };

        List<AuditEvent> found = audit.log().report(ADMIN_A, query).events();

        List<AuditEvent> expected = all.stream().filter(e -> switch (filtered) {
            case CLIENT -> "client-3".equals(e.clientId());
            case DATA_CATEGORY -> e.dataCategory().equals(sample.dataCategory());
            case TARGET_TYPE -> e.targetType().equals("meeting");
            default -> e.targetId().equals(sample.targetId());
        }).toList();
        assertThat(found).as(filtered.name()).containsExactlyElementsOf(expected).hasSizeLessThan(all.size());
    }

    @Test
    void theQueryEventNamesTheReportsSortFiltersAndPage() {
        Actor admin = Actor.of("admin-filtering", "org-a", Role.ADMIN);
        List<AuditEvent> all = everything(AuditQuery.period(FROM, TO));
        AuditEvent sample = all.stream().filter(e -> all.stream().filter(o -> o.actorId().equals(e.actorId())
                && o.dataCategory().equals(e.dataCategory()) && o.action() == e.action()).count() > 1)
                .findFirst().orElseThrow();
        AuditAction other = sample.action() == AuditAction.READ ? AuditAction.UPDATE : AuditAction.READ;
        long ofTarget = all.stream().filter(e -> e.targetId().equals(sample.targetId())).count();
        AuditQuery query = new AuditQuery(FROM, TO, sample.actorId(), null, Set.of(sample.action(), other),
                sample.dataCategory(), null, null, AuditField.TIME, true, 1, null);
        AuditPage first = audit.log().report(admin, query);
        audit.log().report(admin, query.after(first.next()));
        audit.log().report(admin, new AuditQuery(FROM, TO, null, null, Set.of(), null, "note", sample.targetId(),
                AuditField.ACTOR, false, 500, null));

        List<String> details = audit.log().report(admin, new AuditQuery(AuditFixture.NOW,
                AuditFixture.NOW.plusSeconds(1), "admin-filtering", null, Set.of(AuditAction.QUERY), "audit",
                null, null, AuditField.SEQUENCE, false, 10, null)).events().stream().map(AuditEvent::detail).toList();

        String filters = "sort=TIME desc;actor=" + sample.actorId() + ";category=" + sample.dataCategory()
                + ";actions=" + java.util.stream.Stream.of(sample.action(), other).map(Enum::name).sorted()
                        .toList();
        assertThat(details).containsExactly(filters + ";page=first;returned=1", filters + ";page=next;returned=1",
                "sort=ACTOR asc;targetType=note;target=" + sample.targetId() + ";page=first;returned=" + ofTarget);
    }

    @Test
    void aLastPageThatIsExactlyFullSaysThereIsNoNextPage() {
        int all = everything(AuditQuery.period(FROM, TO)).size();

        AuditPage page = audit.log().report(ADMIN_A, new AuditQuery(FROM, TO, null, null, Set.of(), null, null, null,
                AuditField.SEQUENCE, false, all, null));

        assertThat(page.events()).hasSize(all);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void thePageSizeMayBeOneToFiveHundred() {
        AuditQuery query = AuditQuery.period(FROM, TO);
        for (int size : new int[] {1, AuditQuery.MAX_PAGE_SIZE}) {
            AuditQuery sized = new AuditQuery(FROM, TO, null, null, Set.of(), null, null, null, AuditField.SEQUENCE,
                    false, size, null);
            assertThat(audit.log().report(ADMIN_A, sized).events()).as("page size %d", size).isNotEmpty();
        }
        AuditQuery tooLarge = new AuditQuery(FROM, TO, null, null, Set.of(), null, null, null, query.sortBy(),
                false, AuditQuery.MAX_PAGE_SIZE + 1, null);
        assertThatThrownBy(() -> audit.log().report(ADMIN_A, tooLarge))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::path).containsExactly("/pageSize"));
    }

    @Test
    void aCursorIsRefusedForAnotherSortOrderOrWhenItIsNotOneTheReportMade() {
        AuditQuery bySequence = new AuditQuery(FROM, TO, null, null, Set.of(), null, null, null, AuditField.SEQUENCE,
                false, 5, null);
        String sequenceCursor = audit.log().report(ADMIN_A, bySequence).next();

        assertCursorRefused(AuditField.ACTOR, sequenceCursor);
        assertCursorRefused(AuditField.TIME, new ReportCursor(AuditField.TIME, "user-1", 5).encode());
        assertCursorRefused(AuditField.ACTOR, java.util.Base64.getUrlEncoder()
                .encodeToString("ACTOR\n5".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private void assertCursorRefused(AuditField sortBy, String cursor) {
        AuditQuery query = new AuditQuery(FROM, TO, null, null, Set.of(), null, null, null, sortBy, false, 5, cursor);

        assertThatThrownBy(() -> audit.log().report(ADMIN_A, query)).as("%s cursor %s", sortBy, cursor)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("cursor.invalid"));
    }

    @Test
    void onlyAnAdminMayReportVerifyOrTakeACheckpoint() {
        Actor supervisor = Actor.of("sup-1", "org-a", Role.SUPERVISOR, Role.CLINICIAN);

        assertThatThrownBy(() -> audit.log().report(supervisor, AuditQuery.period(FROM, TO)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> audit.log().verify(supervisor)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> audit.log().checkpoint(supervisor)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aBadQueryIsRefusedWithEveryProblemAtOnce() {
        AuditQuery bad = new AuditQuery(TO, FROM, null, null, Set.of(), null, null, null, AuditField.TIME, false, 0,
                "not-a-cursor");

        assertThatThrownBy(() -> audit.log().report(ADMIN_A, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::path).containsExactly("/to", "/pageSize", "/after"));
    }

    private List<AuditEvent> everything(AuditQuery first) {
        List<AuditEvent> events = new ArrayList<>();
        AuditPage page = audit.log().report(ADMIN_A, first);
        events.addAll(page.events());
        while (page.hasNext()) {
            page = audit.log().report(ADMIN_A, first.after(page.next()));
            events.addAll(page.events());
        }
        return events;
    }

    private static Comparator<AuditEvent> byField(AuditField field) {
        return switch (field) {
            case SEQUENCE -> Comparator.comparingLong(AuditEvent::sequence);
            case TIME -> Comparator.comparing(AuditEvent::at);
            case ACTOR -> Comparator.comparing(AuditEvent::actorId);
            case CLIENT -> Comparator.comparing((AuditEvent e) -> e.clientId() == null ? "" : e.clientId());
            case ACTION -> Comparator.comparing((AuditEvent e) -> e.action().name());
            case DATA_CATEGORY -> Comparator.comparing(AuditEvent::dataCategory);
            case TARGET_TYPE -> Comparator.comparing(AuditEvent::targetType);
            case TARGET_ID -> Comparator.comparing(AuditEvent::targetId);
        };
    }
}
