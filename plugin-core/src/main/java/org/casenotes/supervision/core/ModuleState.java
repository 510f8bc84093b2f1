package org.casenotes.supervision.core;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.casenotes.supervision.api.Actor;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casenotes.supervision.api.error.InvalidStateException;

/**
 * Whether a module is open or closed, and the gate in front of its services: once the module
 * is closed, every call to any of its services fails at once with {@link InvalidStateException}
 * code {@code module.closed}, before touching the database or the host. Thread-safe.
 */
final class ModuleState {

    /** The code of a call made after the module was closed. */
    static final String CLOSED = "module.closed";

    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile org.casenotes.supervision.core.audit.Refusals refusals;

    /**
     * Records refused calls from now on: every call the gate lets through that acts for a person
     * and is refused writes one {@code REFUSED} audit event ({@link AccessRefusals}).
     *
     * @param refusals the module's refusal recorder
     */
    void recordRefusals(org.casenotes.supervision.core.audit.Refusals refusals) {
        this.refusals = refusals;
    }

    /**
     * Marks the module closed.
     *
     * @return {@code true} the first time only
     */
    boolean close() {
        return closed.compareAndSet(false, true);
    }

    /** Refuses the call when the module is closed. */
    void checkOpen() {
        if (closed.get()) {
            throw new InvalidStateException(CLOSED,
                    "the supervision module was closed; create a new one from the started plugin");
        }
    }

    /**
     * Puts a service behind the gate.
     *
     * @param type the service interface
     * @param service the service
     * @param <T> the interface
     * @return a proxy that checks the state before each call
     */
    <T> T gate(Class<T> type, T service) {
        InvocationHandler handler = (proxy, method, args) -> invoke(type, service, method, args);
        return type.cast(Proxy.newProxyInstance(ModuleState.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private Object invoke(Class<?> type, Object service, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() != Object.class) {
            checkOpen();
        }
        org.casenotes.supervision.core.audit.Refusals recorder = refusals;
        java.util.Optional<AccessRefusals.Spec> spec = recorder == null || args == null || !(args[0] instanceof Actor)
                ? java.util.Optional.empty() : AccessRefusals.of(type, method);
        if (spec.isEmpty()) {
            return call(service, method, args);
        }
        AccessRefusals.Spec s = spec.get();
        Throwable[] thrown = new Throwable[1];
        Object result = recorder.guard((Actor) args[0], s.attempted(), s.dataCategory(), s.targetType(),
                AccessRefusals.target(s, args), s.notFoundIsRefusal(), () -> {
                    try {
                        return call(service, method, args);
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable e) {
                        thrown[0] = e;
                        return null;
                    }
                });
        if (thrown[0] != null) {
            throw thrown[0];
        }
        return result;
    }

    private static Object call(Object service, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(service, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
