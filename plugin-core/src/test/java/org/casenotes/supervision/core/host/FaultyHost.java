package org.casenotes.supervision.core.host;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.error.HostPart;

/**
 * A host whose chosen part breaks on demand: while armed, every call to that part (or, with
 * {@link #breakAccessorOf}, the context's accessor itself) throws {@link HostBug}, as a host's
 * directory with a dropped LDAP connection or a note look-up with a bug would.
 *
 * <p>The context is a proxy over every method of {@link HostContext}, found by reflection, so a
 * method added to it later is breakable here without a change: each is matched to the {@link
 * HostPart} of the same name, and what it returns is wrapped whatever interface it is. A part
 * that is neither an interface nor a {@link Clock} cannot be broken and fails loudly.
 */
final class FaultyHost {

    /** The exception every broken part throws. */
    static final class HostBug extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        HostBug(HostPart part) {
            super("the host's " + part.methodName() + " broke");
        }
    }

    private final HostContext real;
    private final HostContext context;
    private final AtomicInteger brokenCalls = new AtomicInteger();
    private volatile HostPart broken;
    private volatile boolean accessorBreaks;

    FaultyHost(HostContext real) {
        this.real = real;
        this.context = (HostContext) Proxy.newProxyInstance(FaultyHost.class.getClassLoader(),
                new Class<?>[] {HostContext.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(this, args);
                    }
                    return accessor(method);
                });
    }

    /**
     * Every method of {@link HostContext}, in name order.
     *
     * @return the accessors a host implements
     */
    static Stream<Method> accessors() {
        return Stream.of(HostContext.class.getMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .sorted(Comparator.comparing(Method::getName));
    }

    /**
     * The host part a {@link HostContext} method hands in.
     *
     * @param accessor the method's name
     * @return the part of the same name
     * @throws AssertionError when no part has that name
     */
    static HostPart partOf(String accessor) {
        return Stream.of(HostPart.values()).filter(part -> part.methodName().equals(accessor))
                .findFirst().orElseThrow(() -> new AssertionError("HostContext." + accessor
                        + "() has no HostPart, so its failure cannot be named"));
    }

    /** The context a module is created over. @return the breakable context */
    HostContext context() {
        return context;
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

    /** How many times a broken part has thrown so far. @return the count */
    int brokenCalls() {
        return brokenCalls.get();
    }

    private Object accessor(Method method) throws Throwable {
        HostPart part = partOf(method.getName());
        if (accessorBreaks && broken == part) {
            throw bug(part);
        }
        Object target = invoke(method, real, null);
        Class<?> type = method.getReturnType();
        if (type == Clock.class) {
            return clock(part, (Clock) target);
        }
        if (!type.isInterface()) {
            throw new AssertionError("FaultyHost cannot break a " + type.getName() + " (HostContext."
                    + method.getName() + "())");
        }
        return Proxy.newProxyInstance(FaultyHost.class.getClassLoader(), new Class<?>[] {type},
                (proxy, call, args) -> {
                    if (call.getDeclaringClass() != Object.class) {
                        check(part);
                    }
                    return invoke(call, target, args);
                });
    }

    private Clock clock(HostPart part, Clock clock) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                check(part);
                return clock.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                check(part);
                return clock.withZone(zone);
            }

            @Override
            public Instant instant() {
                check(part);
                return clock.instant();
            }
        };
    }

    private void check(HostPart part) {
        if (!accessorBreaks && broken == part) {
            throw bug(part);
        }
    }

    private HostBug bug(HostPart part) {
        brokenCalls.incrementAndGet();
        return new HostBug(part);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public String toString() {
        return "faulty host over " + real;
    }
}
