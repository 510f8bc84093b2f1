package org.casenotes.supervision.core.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.review.CoSignSelection;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.ReviewSampling;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.api.review.SampleReason;
import org.casenotes.supervision.api.review.SamplingReport;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.packet.PacketRights;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * Reads the co-sign selections: one note's after the review service has checked (and audited)
 * that the actor may read its review; a clinician's report, and a queue page's selections, for a
 * current supervisor, each recorded as a {@code QUERY} in the audit trail (ASTM E2147: a query of
 * clinical workflow data is an event). Thread-safe.
 */
public final class SamplingService implements ReviewSampling {

    /** The longest period a report covers. */
    static final int MAX_DAYS = 366;

    private final HostContext host;
    private final Transactions transactions;
    private final Reviews reviews;
    private final PacketRights rights;
    private final AuditTrail audit;

    /**
     * Creates the service.
     *
     * @param host the host: clock (for the practice's days) and directory (who supervises whom)
     * @param transactions the transaction runner
     * @param reviews the review service, whose read right applies to a note's selection
     * @param audit the audit trail, where each report is recorded
     */
    public SamplingService(HostContext host, Transactions transactions, Reviews reviews, AuditTrail audit) {
        this.host = host;
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = transactions;
        this.reviews = reviews;
        this.rights = new PacketRights(host.directory());
    }

    @Override
    public Optional<CoSignSelection> selection(Actor actor, String noteId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(noteId, "noteId");
        reviews.review(actor, noteId);
        return transactions.inTransaction("read a note's co-sign selection",
                tx -> SelectionStore.of(tx, actor.organisationId(), noteId));
    }

    @Override
    public SamplingReport report(Actor supervisor, String clinicianId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw ValidationException.of("/to", "period.reversed", "The last day comes before the first.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ValidationException.of("/to", "period.too-long", "A report covers at most " + MAX_DAYS + " days.");
        }
        ZoneId zone = host.clock().getZone();
        rights.requireSupervises(supervisor, List.of(clinicianId), LocalDate.now(host.clock()));
        List<CoSignSelection> selections = transactions.inTransaction("read a clinician's co-sign selections", tx -> {
            List<CoSignSelection> found = SelectionStore.ofClinician(tx, supervisor.organisationId(), clinicianId,
                    from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
            audit.append(tx, new AuditEntry(host.clock().instant(), supervisor.organisationId(), supervisor.userId(),
                    null, AuditAction.QUERY, "review", "clinician", clinicianId, null, null, null,
                    "co-sign-sampling;period=" + from + ".." + to + ";notes=" + found.size()));
            return found;
        });
        int sampled = (int) selections.stream().filter(s -> s.reason() == SampleReason.SAMPLED).count();
        int drawn = sampled + (int) selections.stream().filter(s -> s.reason() == SampleReason.NOT_SAMPLED).count();
        Double achieved = drawn == 0 ? null : BigDecimal.valueOf(sampled * 100L)
                .divide(BigDecimal.valueOf(drawn), 1, RoundingMode.HALF_UP).doubleValue();
        return new SamplingReport(clinicianId, from, to, selections, drawn, sampled, achieved);
    }

    @Override
    public Map<String, CoSignSelection> selections(Actor supervisor, Collection<String> noteIds) {
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(noteIds, "noteIds");
        if (noteIds.size() > QueueQuery.MAX_PAGE_SIZE) {
            throw ValidationException.of("/noteIds", "too-many", "name at most " + QueueQuery.MAX_PAGE_SIZE + " notes");
        }
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        List<CoSignSelection> found = transactions.inTransaction("read a queue page's co-sign selections", tx -> {
            List<CoSignSelection> read = SelectionStore.ofNotes(tx, supervisor.organisationId(),
                    new LinkedHashSet<>(noteIds));
            rights.requireSupervises(supervisor, read.stream().map(CoSignSelection::clinicianId).distinct().toList(),
                    LocalDate.now(host.clock()));
            audit.append(tx, new AuditEntry(host.clock().instant(), supervisor.organisationId(), supervisor.userId(),
                    null, AuditAction.QUERY, "review", "review-list", "co-sign-selections", null, null, null,
                    "returned=" + read.size()));
            return read;
        });
        Map<String, CoSignSelection> out = new LinkedHashMap<>();
        for (CoSignSelection selection : found) {
            out.put(selection.noteId(), selection);
        }
        return out;
    }
}
