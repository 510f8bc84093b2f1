package org.casenotes.supervision.host.clinic;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.api.licensure.LicensureRecords;

/** The sample host's side of the plugin's host SPI, answered from the host's own tables. */
public final class ClinicHostContext implements HostContext {

    private final DataSource dataSource;
    private final Clock clock;
    private final SupervisionEventListener events;
    private final SupervisionDirectory directory;
    private final NoteLookup notes;
    private final AuditKeyFiles auditSecrets;
    private final ClinicLicensure licensure;

    /**
     * Creates the context.
     *
     * @param dataSource the host's database, shared with the plugin
     * @param clock the host's clock
     * @param events where the plugin's domain events go
     * @param dataDir the host's data folder, which holds the audit keys and checkpoints
     * @throws java.io.UncheckedIOException when the audit key files cannot be read or created
     */
    public ClinicHostContext(DataSource dataSource, Clock clock, SupervisionEventListener events, Path dataDir) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.events = events;
        this.directory = new ClinicDirectory(dataSource);
        this.notes = new ClinicNotes(dataSource);
        this.auditSecrets = AuditKeyFiles.open(dataDir);
        this.licensure = new ClinicLicensure(dataSource);
    }

    /**
     * The audit key files this context opened.
     *
     * @return the key files
     */
    public AuditKeyFiles keyFiles() {
        return auditSecrets;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public SupervisionDirectory directory() {
        return directory;
    }

    @Override
    public NoteLookup notes() {
        return notes;
    }

    @Override
    public SupervisionEventListener events() {
        return events;
    }

    @Override
    public PolicySource policies() {
        return PolicySource.BUILT_IN;
    }

    @Override
    public AuditSecrets auditSecrets() {
        return auditSecrets;
    }

    @Override
    public LicensureRecords licensure() {
        return licensure;
    }
}
