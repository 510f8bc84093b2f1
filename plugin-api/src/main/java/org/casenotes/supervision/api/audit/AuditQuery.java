package org.casenotes.supervision.api.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What an audit report lists: the events of one period, narrowed by optional filters, sorted
 * by one field (ties broken by sequence number), one page at a time.
 *
 * @param from the start of the period, inclusive
 * @param to the end of the period, exclusive
 * @param actorId only this actor's events, or {@code null} for all
 * @param clientId only events about this client, or {@code null} for all
 * @param actions only these actions; empty for all
 * @param dataCategory only this data category, or {@code null} for all
 * @param targetType only this target type, or {@code null} for all
 * @param targetId only this target id, or {@code null} for all
 * @param sortBy the field to sort by
 * @param descending {@code true} for newest or largest first
 * @param pageSize how many events per page, 1 to {@value #MAX_PAGE_SIZE}
 * @param after the {@link AuditPage#next()} cursor of the previous page, or {@code null} for
 *     the first page
 */
public record AuditQuery(Instant from, Instant to, String actorId, String clientId,
        Set<AuditAction> actions, String dataCategory, String targetType, String targetId,
        AuditField sortBy, boolean descending, int pageSize, String after) {

    /** The largest page an audit report returns. */
    public static final int MAX_PAGE_SIZE = 500;

    /**
     * Checks the required fields and copies the action set. Range checks (period order, page
     * size, cursor) are reported by the report itself as a validation error.
     *
     * @throws NullPointerException when {@code from}, {@code to}, {@code actions} or {@code
     *     sortBy} is null
     */
    public AuditQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(sortBy, "sortBy");
        actions = Set.copyOf(actions);
    }

    /**
     * Every event of a period in recording order, 100 per page.
     *
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the query
     */
    public static AuditQuery period(Instant from, Instant to) {
        return new AuditQuery(from, to, null, null, Set.of(), null, null, null,
                AuditField.SEQUENCE, false, 100, null);
    }

    /**
     * The same query continued after a page.
     *
     * @param cursor the previous page's {@link AuditPage#next()}
     * @return the query for the next page
     */
    public AuditQuery after(String cursor) {
        return new AuditQuery(from, to, actorId, clientId, actions, dataCategory, targetType,
                targetId, sortBy, descending, pageSize, cursor);
    }
}
