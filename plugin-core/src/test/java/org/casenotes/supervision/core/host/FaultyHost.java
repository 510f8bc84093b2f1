package org.casenotes.supervision.core.host;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.api.billing.BillingRecords;
import org.casenotes.supervision.api.error.HostPart;
import org.casenotes.supervision.api.licensure.LicensureRecords;
import org.casenotes.supervision.example.ExampleHost;

/**
 * A host whose chosen part breaks on demand: while armed, every call to that part (or, with
 * {@link #accessorBreaks}, the context's accessor itself) throws {@link IllegalStateException},
 * as a host's directory with a dropped LDAP connection or a note look-up with a bug would.
 *
 * <p>It stays a host context of its own because breaking a part on demand is a fault a
 * well-behaved example host must not have; every answer it does not break is the
 * {@link ExampleHost}'s, the parts without a {@link HostPart} (fonts, licensure and billing
 * records) included.
 */
final class FaultyHost implements HostContext {

    /** The exception every broken part throws. */
    static final class HostBug extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        HostBug(HostPart part) {
            super("the host's " + part.methodName() + " broke");
        }
    }

    private final ExampleHost real;
    private volatile HostPart broken;
    private volatile boolean accessorBreaks;

    FaultyHost(ExampleHost real) {
        this.real = real;
    }

    /** Breaks every call into a part. @param part the part, or null to mend all */
    void breakCallsInto(HostPart part) {
        this.broken = part;
        this.accessorBreaks = false;
    }

    /** Breaks the context's accessor of a part. @param part the part */
    void breakAccessorOf(HostPart part) {
        this.broken = part;
        this.accessorBreaks = true;
    }

    @Override
    public DataSource dataSource() {
        return part(HostPart.DATA_SOURCE, DataSource.class, real::dataSource);
    }

    @Override
    public Clock clock() {
        if (accessorBreaks && broken == HostPart.CLOCK) {
            throw new HostBug(HostPart.CLOCK);
        }
        Clock clock = real.clock();
        return new Clock() {
            @Override
            public ZoneId getZone() {
                check(HostPart.CLOCK);
                return clock.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                check(HostPart.CLOCK);
                return clock.withZone(zone);
            }

            @Override
            public Instant instant() {
                check(HostPart.CLOCK);
                return clock.instant();
            }
        };
    }

    @Override
    public SupervisionDirectory directory() {
        return part(HostPart.DIRECTORY, SupervisionDirectory.class, real::directory);
    }

    @Override
    public NoteLookup notes() {
        return part(HostPart.NOTES, NoteLookup.class, real::notes);
    }

    @Override
    public SupervisionEventListener events() {
        return part(HostPart.EVENTS, SupervisionEventListener.class, real::events);
    }

    @Override
    public PolicySource policies() {
        return part(HostPart.POLICIES, PolicySource.class, real::policies);
    }

    @Override
    public AuditSecrets auditSecrets() {
        return part(HostPart.AUDIT_SECRETS, AuditSecrets.class, real::auditSecrets);
    }

    @Override
    public List<java.nio.file.Path> packetFonts() {
        return real.packetFonts();
    }

    @Override
    public LicensureRecords licensure() {
        return real.licensure();
    }

    @Override
    public BillingRecords billing() {
        return real.billing();
    }

    private void check(HostPart part) {
        if (!accessorBreaks && broken == part) {
            throw new HostBug(part);
        }
    }

    private <T> T part(HostPart part, Class<T> type, Supplier<T> accessor) {
        if (accessorBreaks && broken == part) {
            throw new HostBug(part);
        }
        T target = accessor.get();
        return type.cast(Proxy.newProxyInstance(FaultyHost.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() != Object.class) {
                        check(part);
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
