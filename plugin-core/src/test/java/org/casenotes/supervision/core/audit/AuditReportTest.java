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
        AuditQuery query = new AuditQuery(FROM, TO, "user-1", null, Set.of(AuditAction.READ, AuditAction.UPDATE),
                "review", null, null, AuditField.TIME, false, 500, null);

        List<AuditEvent> found = audit.log().report(ADMIN_A, query).events();
        List<AuditEvent> expected = everything(AuditQuery.period(FROM, TO)).stream()
                .filter(e -> e.actorId().equals("user-1") && e.dataCategory().equals("review")
                        && Set.of(AuditAction.READ, AuditAction.UPDATE).contains(e.action()))
                .toList();

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
