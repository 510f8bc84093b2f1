package org.casenotes.supervision.core.storage;

/**
 * How a database is asked for rows at the least cost: read, read and locked until the
 * transaction ends, or deleted and read. The same rows come back in either form.
 */
enum Dialect {
    /**
     * PostgreSQL and other databases: a plain {@code SELECT}; {@code SELECT ... FOR UPDATE},
     * which writes nothing and which PostgreSQL's driver prepares once per connection; {@code
     * DELETE ... RETURNING}.
     */
    STANDARD,
    /**
     * H2 (2.x). Locks: H2 parses a {@code SELECT ... FOR UPDATE} again on every execution
     * (such a query is never kept in the session's parsed-statement cache, {@code
     * QUERY_CACHE_SIZE}), while an {@code UPDATE} is kept: a no-op update of the rows takes
     * the same exclusive row locks, held to the end of the transaction, and H2's data change
     * delta table ({@code SELECT ... FROM OLD TABLE (UPDATE ...)}, SQL:2016 and H2's grammar)
     * returns the rows it locked in the same statement. Measured in a loop of lock, update
     * and commit on one H2 session: 11 to 14 us a round against 15 to 21 us for the no-op
     * update followed by a plain {@code SELECT} and 17 to 21 us for {@code FOR UPDATE}
     * (benchmarks/ANALYSIS.md).
     *
     * <p>Every read {@link Tx} makes, locking or not, goes to H2 as {@code CALL} of a row
     * subquery ({@link #h2Row}, {@link #h2Rows}). Since H2 2.4, the first change a transaction
     * makes to each table has every query in the session's statement cache rebuild its set of
     * the tables it depends on, one set insertion per column it names ({@code
     * SessionLocal.invalidateCachedResults}); with the review cycle's reads kept as {@code
     * SELECT}s that sweep took a sixth of a cycle on H2 (benchmarks/ANALYSIS.md). H2 keeps a
     * {@code CALL} in the same cache, parsed once per connection, but a {@code CALL} is no
     * query and the sweep passes it by ({@code Call} does nothing on {@code
     * invalidateCachedResult}). Each execution still rebuilds the subquery's dependency set
     * once, as a plain {@code SELECT}'s does, to decide whether H2 may answer from its result
     * cache: only when nothing the subquery reads changed since (the tables' modification
     * counters) and this transaction changed none of it. {@code TxReadsTest} and {@code ReviewCycleH2StatementCacheTest} fail
     * when a read of the review cycle goes to H2 as a plain {@code SELECT} again; {@code
     * ReviewStatementPlansH2Test} fails on any read of the write path that walks a secondary
     * index instead of finding its rows by key.
     */
    H2;

    /**
     * What H2 is sent for at most one row of {@code SELECT columns FROM from}: {@code CALL
     * (SELECT ROW(columns) FROM from)}, whose one value is the row, or null when none matched
     * (H2 error 90053 when several did).
     *
     * @param columns the select list, without parentheses
     * @param from what follows {@code FROM}
     * @return the statement
     */
    static String h2Row(String columns, String from) {
        return "CALL (SELECT ROW(" + columns + ") FROM " + from + ")";
    }

    /**
     * What H2 is sent for the rows of {@code SELECT columns FROM from}: {@code CALL
     * ARRAY(SELECT ROW(columns) FROM from)}, whose one value is an array of the rows (at most
     * 65,536, H2's largest array).
     *
     * @param columns the select list, without parentheses
     * @param from what follows {@code FROM}
     * @return the statement
     */
    static String h2Rows(String columns, String from) {
        return "CALL ARRAY(SELECT ROW(" + columns + ") FROM " + from + ")";
    }

    /**
     * The dialect of a database, by the product name its driver reports.
     *
     * @param databaseProductName {@link java.sql.DatabaseMetaData#getDatabaseProductName()}
     * @return {@link #H2} for {@code "H2"}, otherwise {@link #STANDARD}
     */
    static Dialect of(String databaseProductName) {
        return "H2".equals(databaseProductName) ? H2 : STANDARD;
    }
}
