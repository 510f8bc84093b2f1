package org.casenotes.supervision.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.PolicyException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.policy.OrganisationPolicy;
import org.casenotes.supervision.api.policy.ReviewPolicy;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.storage.Migrations;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The organisation's policy versions on a real database. */
class PolicyServiceTest {

    private static final Actor ADMIN = Actor.of("admin-1", "org-a", Role.ADMIN);
    private static final Actor CLINICIAN = Actor.of("clin-1", "org-a", Role.CLINICIAN);
    private static final Actor ADMIN_ELSEWHERE = Actor.of("admin-9", "org-b", Role.ADMIN);

    private final DataSource database = TestDatabases.h2();
    private final List<AuditEntry> audit = new CopyOnWriteArrayList<>();

    @Test
    void anOrganisationWithoutPolicyHasTheDefaultsAsVersionOne() {
        PolicyService policies = service(PolicySource.BUILT_IN);

        assertThat(policies.current(CLINICIAN)).isEqualTo(PolicyDocument.DEFAULTS);
        assertThat(policies.currentJson(CLINICIAN)).isEqualTo(policies.defaultsJson());
    }

    @Test
    void theHostsInitialPolicyIsVersionOne() {
        PolicyService policies = service(org -> Optional.of("{\"coSign\": {\"dueDays\": 14}}"));

        assertThat(policies.current(CLINICIAN).version()).isEqualTo(1);
        assertThat(policies.current(CLINICIAN).review().coSignDueDays()).isEqualTo(14);
    }

    @Test
    void theFirstChangeAlsoStoresTheInitialVersionItReplaced() throws Exception {
        PolicyService policies = service(org -> Optional.of("{\"coSign\": {\"dueDays\": 14}}"));

        policies.update(ADMIN, "{}", 1);

        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version, document FROM sr_policy WHERE org_id = 'org-a' ORDER BY version")) {
            assertThat(rows.next()).isTrue();
            assertThat(PolicyDocument.read(rows.getString("document"), rows.getInt("version")).review().coSignDueDays())
                    .isEqualTo(14);
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt("version")).isEqualTo(2);
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void anUnusableInitialPolicyIsAPolicyError() {
        PolicyService policies = service(org -> Optional.of("{\"coSign\": {\"dueDays\": 0}}"));

        assertThatThrownBy(() -> policies.current(CLINICIAN)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("/coSign/dueDays");
    }

    @Test
    void anAdminsChangeBecomesTheNextVersionForTheirOrganisationOnly() {
        PolicyService policies = service(PolicySource.BUILT_IN);

        OrganisationPolicy second = policies.update(ADMIN, "{\"coSign\": {\"dueDays\": 3}}", 1);
        OrganisationPolicy third = policies.update(ADMIN, "{\"pattern\": {\"sessions\": 2, \"window\": 4}}", 2);

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(policies.current(CLINICIAN)).isEqualTo(third);
        assertThat(third.review().coSignDueDays()).as("a new version starts from the defaults").isEqualTo(7);
        assertThat(policies.current(ADMIN_ELSEWHERE)).isEqualTo(PolicyDocument.DEFAULTS);
        ReviewPolicy forReview = new Transactions(database).inTransaction("read", tx -> policies.current(tx, "org-a"));
        assertThat(forReview).isEqualTo(third.review());
    }

    @Test
    void aChangeFromAStaleVersionIsAConflict() {
        PolicyService policies = service(PolicySource.BUILT_IN);
        policies.update(ADMIN, "{}", 1);

        assertThatThrownBy(() -> policies.update(ADMIN, "{\"coSign\": {\"dueDays\": 3}}", 1))
                .isInstanceOf(ConflictException.class);
        assertThat(policies.current(ADMIN).version()).isEqualTo(2);
    }

    @Test
    void onlyAnAdminChangesThePolicy() {
        PolicyService policies = service(PolicySource.BUILT_IN);

        assertThatThrownBy(() -> policies.update(CLINICIAN, "{}", 1)).isInstanceOf(ForbiddenException.class);
        assertThat(policies.current(CLINICIAN).version()).isEqualTo(1);
    }

    @Test
    void aBadPolicyStoresNothing() {
        PolicyService policies = service(PolicySource.BUILT_IN);

        assertThatThrownBy(() -> policies.update(ADMIN, "{\"pattern\": {\"window\": 0}}", 1))
                .isInstanceOf(ValidationException.class);
        assertThat(policies.current(ADMIN).version()).isEqualTo(1);
        assertThat(audit).isEmpty();
    }

    @Test
    void aChangeIsAuditedWithTheVersionsBeforeAndAfter() {
        PolicyService policies = service(PolicySource.BUILT_IN);

        policies.update(ADMIN, "{}", 1);

        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(entry.dataCategory()).isEqualTo("policy");
            assertThat(entry.actorId()).isEqualTo("admin-1");
            assertThat(entry.beforeState()).isEqualTo("version 1");
            assertThat(entry.afterState()).isEqualTo("version 2");
        });
    }

    @Test
    void everyStepOfOneActionAppliesTheVersionItReadFirst() {
        PolicyService policies = service(PolicySource.BUILT_IN);
        policies.update(ADMIN, "{\"coSign\": {\"dueDays\": 10}}", 1);

        int[] versions = new Transactions(database).inTransaction("two steps of one action", tx -> {
            int first = policies.policy(tx, "org-a").version();
            // Another action changes the policy and commits between this action's two steps.
            policies.update(ADMIN, "{\"coSign\": {\"dueDays\": 12}}", 2);
            return new int[] {first, policies.policy(tx, "org-a").version(), policies.current(tx, "org-a").coSignDueDays()};
        });
        assertThat(versions).containsExactly(2, 2, 10);
        // The next action reads the new version.
        assertThat(policies.current(CLINICIAN).version()).isEqualTo(3);
        assertThat(policies.current(CLINICIAN).review().coSignDueDays()).isEqualTo(12);
    }

    private PolicyService service(PolicySource source) {
        Migrations.migrate(database);
        return new PolicyService(new Transactions(database),
                Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC), source, (tx, entry) -> audit.add(entry));
    }
}
