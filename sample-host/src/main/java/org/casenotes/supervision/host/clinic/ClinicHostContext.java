package org.casenotes.supervision.host.clinic;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.audit.AuditSecrets;

/** The sample host's side of the plugin's host SPI, answered from the host's own tables. */
public final class ClinicHostContext implements HostContext {

    private final DataSource dataSource;
    private final Clock clock;
    private final SupervisionEventListener events;
    private final AuditKeyFiles auditSecrets;

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
        this.auditSecrets = AuditKeyFiles.open(dataDir);
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
        return new SupervisionDirectory() {
            @Override
            public Optional<Person> person(String organisationId, String userId) {
                return Optional.empty();
            }

            @Override
            public List<SupervisionAssignment> assignmentsOf(String organisationId, String clinicianId) {
                return List.of();
            }

            @Override
            public List<SupervisionAssignment> assignmentsBy(String organisationId, String supervisorId) {
                return List.of();
            }
        };
    }

    @Override
    public NoteLookup notes() {
        return new NoteLookup() {
            @Override
            public Optional<ProgressNote> note(String organisationId, String noteId) {
                return Optional.empty();
            }

            @Override
            public Optional<ClientIdentity> client(String organisationId, String clientId) {
                return Optional.empty();
            }
        };
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
}
