package org.casenotes.supervision.core.policy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.PolicyException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.policy.BillingPolicy;
import org.casenotes.supervision.api.policy.OrganisationPolicy;
import org.casenotes.supervision.api.policy.Policies;
import org.casenotes.supervision.api.policy.ReviewPolicy;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.storage.Tx;

/**
 * The organisation's policy, one row per version in {@code sr_policy}. Until an admin changes
 * it, an organisation has version 1: the host's initial document, or the built-in defaults.
 * The newest version applies to every evaluation made after it was stored. Thread-safe.
 */
public final class PolicyService implements Policies, ReviewPolicies {

    private final Transactions transactions;
    private final Clock clock;
    private final PolicySource source;
    private final AuditTrail audit;

    /**
     * Creates the service.
     *
     * @param transactions the transaction runner over the host's database
     * @param clock the host's clock
     * @param source the host's initial policies
     * @param audit where policy changes are recorded
     */
    public PolicyService(Transactions transactions, Clock clock, PolicySource source, AuditTrail audit) {
        this.transactions = transactions;
        this.clock = clock;
        this.source = source;
        this.audit = audit;
    }

    @Override
    public OrganisationPolicy current(Actor actor) {
        return transactions.inTransaction("read the policy", tx -> policy(tx, actor.organisationId()));
    }

    @Override
    public String currentJson(Actor actor) {
        return PolicyDocument.write(current(actor));
    }

    @Override
    public ReviewPolicy current(Tx tx, String organisationId) throws SQLException {
        return policy(tx, organisationId).review();
    }

    @Override
    public BillingPolicy billing(Tx tx, String organisationId) throws SQLException {
        return policy(tx, organisationId).billing();
    }

    @Override
    public org.casenotes.supervision.api.policy.SamplingPolicy sampling(Tx tx, String organisationId)
            throws SQLException {
        return policy(tx, organisationId).sampling();
    }

    /**
     * The organisation's policy in force, read in the caller's transaction once: later calls in
     * the same transaction return the same version without reading it again.
     *
     * @param tx the caller's transaction
     * @param organisationId the organisation
     * @return the newest stored version, or version 1 from the host or the defaults
     * @throws SQLException on a database fault
     * @throws PolicyException when the host's initial document is unusable
     */
    public OrganisationPolicy policy(Tx tx, String organisationId) throws SQLException {
        // One read per transaction: every step of an action applies the same version.
        return tx.readOnce(key(organisationId), OrganisationPolicy.class, t -> read(t, organisationId));
    }

    private static java.util.List<String> key(String organisationId) {
        return java.util.List.of("sr_policy", organisationId);
    }

    private OrganisationPolicy read(Tx tx, String organisationId) throws SQLException {
        Optional<OrganisationPolicy> stored = tx.selectOne("version, document",
                "sr_policy WHERE org_id = ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY", java.util.List.of(organisationId),
                row -> PolicyDocument.read(row.getString(2), row.getInt(1)));
        return stored.orElseGet(() -> initial(organisationId));
    }

    @Override
    public OrganisationPolicy update(Actor admin, String policyJson, int expectedVersion) {
        if (!admin.has(Role.ADMIN)) {
            throw new ForbiddenException("policy.admin-only", "only an admin of the organisation may change its policy");
        }
        OrganisationPolicy checked = PolicyDocument.read(policyJson, 1);
        String org = admin.organisationId();
        return transactions.inTransaction("change the policy", tx -> {
            OrganisationPolicy current = policy(tx, org);
            if (current.version() != expectedVersion) {
                throw new ConflictException("the policy is at version "
                        + current.version() + ", not " + expectedVersion + "; reload it and try again");
            }
            if (!stored(tx, org)) {
                insert(tx, org, current, admin.userId());
            }
            int next = current.version() + 1;
            OrganisationPolicy updated = PolicyDocument.read(PolicyDocument.write(checked), next);
            insert(tx, org, updated, admin.userId());
            audit.append(tx, new AuditEntry(clock.instant(), org, admin.userId(), null, AuditAction.UPDATE,
                    "policy", "policy", org, "version " + current.version(), "version " + next, null, null));
            return updated;
        });
    }

    @Override
    public OrganisationPolicy validate(String policyJson) {
        return PolicyDocument.read(policyJson, 1);
    }

    @Override
    public String defaultsJson() {
        return PolicyDocument.write(PolicyDocument.DEFAULTS);
    }

    @Override
    public String schema(Locale locale) {
        return PolicySchema.document(locale);
    }

    private OrganisationPolicy initial(String organisationId) {
        Optional<String> document = source.initialPolicy(organisationId);
        if (document.isEmpty()) {
            return PolicyDocument.DEFAULTS;
        }
        try {
            return PolicyDocument.read(document.get(), 1);
        } catch (ValidationException e) {
            throw new PolicyException("policy.invalid-initial",
                    "the host's initial policy for this organisation is unusable: " + e.getMessage());
        }
    }

    private static boolean stored(Tx tx, String org) throws SQLException {
        try (PreparedStatement select = tx.connection().prepareStatement(
                "SELECT 1 FROM sr_policy WHERE org_id = ? FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, org);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private void insert(Tx tx, String org, OrganisationPolicy policy, String by) throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement(
                "INSERT INTO sr_policy (org_id, version, document, created_at, created_by) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, org);
            insert.setInt(2, policy.version());
            insert.setString(3, PolicyDocument.write(policy));
            insert.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.setString(5, by);
            insert.executeUpdate();
        }
        tx.forget(key(org));
    }
}
