package org.casenotes.supervision.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.audit.AuditLog;
import org.casenotes.supervision.api.audit.AuditPage;
import org.casenotes.supervision.api.audit.AuditQuery;
import org.casenotes.supervision.api.audit.AuditVerification;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.casenotes.supervision.api.audit.HostAuditEntry;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * The admin's view of the audit trail. Right first: only an admin, and a report only of the
 * admin's own organisation. Verification is not itself recorded: it reads no clinical data,
 * and an event appended while checking would change the chain under examination. Thread-safe.
 */
final class AuditLogService implements AuditLog {

    private static final int DETAIL_LIMIT = 1000;

    private final Transactions transactions;
    private final AuditTrail trail;
    private final ChainVerifier verifier;
    private final Anchors checkpoints;
    private final java.time.Clock clock;

    AuditLogService(Transactions transactions, AuditTrail trail, ChainVerifier verifier,
            Anchors checkpoints, java.time.Clock clock) {
        this.transactions = transactions;
        this.trail = trail;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    @Override
    public AuditPage report(Actor admin, AuditQuery query) {
        requireAdmin(admin, "list audit events");
        ReportCursor after = validated(query);
        AuditReport report = new AuditReport(admin.organisationId(), query, after);
        return transactions.inTransaction("list audit events", tx -> {
            AuditPage page = report.read(tx.connection());
            trail.append(tx, new AuditEntry(clock.instant(), admin.organisationId(), admin.userId(),
                    query.clientId(), AuditAction.QUERY, "audit", "audit-report",
                    query.from() + "/" + query.to(), null, null, null, detail(query, page)));
            return page;
        });
    }

    @Override
    public void record(HostAuditEntry entry) {
        java.util.Objects.requireNonNull(entry, "entry");
        transactions.inTransaction("record a host audit event", tx -> {
            trail.append(tx, new AuditEntry(clock.instant(), entry.organisationId(), entry.actorId(), null,
                    entry.action(), entry.dataCategory(), entry.targetType(), entry.targetId(), null, null, null,
                    entry.detail()));
            return null;
        });
    }

    @Override
    public AuditVerification verify(Actor admin) {
        requireAdmin(admin, "verify the audit chain");
        return verifier.verify();
    }

    @Override
    public Checkpoint checkpoint(Actor admin) {
        requireAdmin(admin, "take an audit checkpoint");
        return checkpoints.take();
    }

    private static void requireAdmin(Actor actor, String what) {
        if (!actor.has(Role.ADMIN)) {
            throw new ForbiddenException("audit.admin-only", "only an admin may " + what);
        }
    }

    private static ReportCursor validated(AuditQuery query) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!query.to().isAfter(query.from())) {
            problems.add(new FieldProblem("/to", "period.empty", "the end of the period must be after its start"));
        }
        if (query.pageSize() < 1 || query.pageSize() > AuditQuery.MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("/pageSize", "out-of-range",
                    "the page size must be between 1 and " + AuditQuery.MAX_PAGE_SIZE));
        }
        ReportCursor cursor = null;
        if (query.after() != null) {
            Optional<ReportCursor> decoded = ReportCursor.decode(query.after(), query.sortBy());
            if (decoded.isEmpty() || !AuditReport.valueFits(decoded.get())) {
                problems.add(new FieldProblem("/after", "cursor.invalid",
                        "the cursor is not one this report handed out for this sort order"));
            } else {
                cursor = decoded.get();
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return cursor;
    }

    private static String detail(AuditQuery query, AuditPage page) {
        StringBuilder detail = new StringBuilder("sort=").append(query.sortBy())
                .append(query.descending() ? " desc" : " asc");
        append(detail, "actor", query.actorId());
        append(detail, "category", query.dataCategory());
        append(detail, "targetType", query.targetType());
        append(detail, "target", query.targetId());
        if (!query.actions().isEmpty()) {
            append(detail, "actions", query.actions().stream().map(Enum::name).sorted().toList().toString());
        }
        detail.append(";page=").append(query.after() == null ? "first" : "next")
                .append(";returned=").append(page.events().size());
        return detail.length() <= DETAIL_LIMIT ? detail.toString() : detail.substring(0, DETAIL_LIMIT);
    }

    private static void append(StringBuilder detail, String name, String value) {
        if (value != null) {
            detail.append(';').append(name).append('=').append(value);
        }
    }
}
