package org.casenotes.supervision.api;

import java.util.List;

import java.time.Clock;
import javax.sql.DataSource;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.api.billing.BillingRecords;
import org.casenotes.supervision.api.licensure.LicensureRecords;

/**
 * Everything the plugin needs from the host, handed in once when the module is created.
 *
 * <p>The host implements this from its own services. Implementations must be thread-safe.
 */
public interface HostContext {

    /**
     * The database the plugin keeps its own tables in (prefix {@code sr_}). The host owns the
     * pool; the plugin borrows connections and returns them.
     *
     * @return the data source; H2 and PostgreSQL are supported
     */
    DataSource dataSource();

    /**
     * The clock every time stamp and due date is taken from; tests hand in a fixed clock.
     *
     * @return the clock
     */
    Clock clock();

    /**
     * Who supervises whom, and who holds which role.
     *
     * @return the host's supervision directory
     */
    SupervisionDirectory directory();

    /**
     * The host's progress notes and clients, looked up by id.
     *
     * @return the host's note look-up
     */
    NoteLookup notes();

    /**
     * Receives domain events (submitted, returned, co-signed, overdue, escalated) after the
     * action that raised them has committed.
     *
     * @return the listener; {@link SupervisionEventListener#NONE} when the host wants none
     */
    SupervisionEventListener events();

    /**
     * The host's starting point for each organisation's review policy.
     *
     * @return the policy source; {@link PolicySource#BUILT_IN} for the plugin's defaults
     */
    PolicySource policies();

    /**
     * The audit trail's keys and checkpoint store, which the host keeps outside the database
     * so that whoever can write the plugin's tables cannot forge the audit chain.
     *
     * @return the audit secrets; the same keys on every call and across restarts
     */
    AuditSecrets auditSecrets();

    /**
     * The host's own TrueType fonts for packets, tried for a character after DejaVu Sans and
     * before the plugin's fallbacks (Noto Sans Arabic, Hebrew, Devanagari, Thai; Droid Sans
     * Fallback). Each file is one face; only the glyphs a packet draws are embedded. Read when
     * the module is created.
     *
     * @return TrueType ({@code .ttf}) files; empty (the default) for the plugin's fonts only
     */
    default List<java.nio.file.Path> packetFonts() {
        return List.of();
    }

    /**
     * The host's licensure records: each supervisee's board rule pack and their direct client
     * hours per week. The default supplies neither (the policy's default pack applies and rules
     * that need client hours are reported as not known).
     *
     * @return the records; {@link LicensureRecords#NONE} by default
     */
    default LicensureRecords licensure() {
        return LicensureRecords.NONE;
    }

    /**
     * The host's billing records: each note's payer group and how the supervisor was present.
     * The default records neither.
     *
     * @return the records; {@link BillingRecords#NONE} by default
     */
    default BillingRecords billing() {
        return BillingRecords.NONE;
    }
}
