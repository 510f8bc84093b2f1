package org.casenotes.supervision.core;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
        InvocationHandler handler = (proxy, method, args) -> invoke(service, method, args);
        return type.cast(Proxy.newProxyInstance(ModuleState.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private Object invoke(Object service, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() != Object.class) {
            checkOpen();
        }
        try {
            return method.invoke(service, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
