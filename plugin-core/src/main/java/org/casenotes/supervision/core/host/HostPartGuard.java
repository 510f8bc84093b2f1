package org.casenotes.supervision.core.host;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.casenotes.supervision.api.error.HostFailureException;
import org.casenotes.supervision.api.error.HostPart;
import org.casenotes.supervision.api.error.SupervisionException;

/**
 * Stands in front of one host part and turns whatever unchecked exception it throws into a
 * {@link HostFailureException} naming the part, so no host exception leaves an operation raw.
 *
 * <p>Checked exceptions the interface declares (such as {@link java.sql.SQLException} from a
 * data source) pass through, as do the plugin's own typed errors and {@link Error}s. One proxy
 * covers every method of the interface, including those added to it later. Thread-safe when
 * the guarded part is.
 */
final class HostPartGuard implements InvocationHandler {

    private final HostPart part;
    private final Object target;

    private HostPartGuard(HostPart part, Object target) {
        this.part = part;
        this.target = target;
    }

    /**
     * Wraps a host part.
     *
     * @param type the part's interface
     * @param part which part it is
     * @param target the host's implementation
     * @param <T> the interface
     * @return a proxy that wraps the part's unchecked failures
     */
    static <T> T guard(Class<T> type, HostPart part, T target) {
        if (Proxy.isProxyClass(target.getClass()) && Proxy.getInvocationHandler(target) instanceof HostPartGuard) {
            return target;
        }
        return type.cast(Proxy.newProxyInstance(HostPartGuard.class.getClassLoader(), new Class<?>[] {type},
                new HostPartGuard(part, target)));
    }

    /**
     * Runs a call to a host part, wrapping its unchecked failure.
     *
     * @param part which part is called
     * @param call the call
     * @param <T> what it returns
     * @return what the part returned
     */
    static <T> T call(HostPart part, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (SupervisionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new HostFailureException(part, e);
        }
    }

    /**
     * Reads a part from the host context, wrapping a failure or a missing part.
     *
     * @param part which part is read
     * @param accessor the host context's accessor
     * @param <T> the part's type
     * @return the part, never null
     * @throws HostFailureException when the accessor throws or returns null
     */
    static <T> T read(HostPart part, java.util.function.Supplier<T> accessor) {
        T value = call(part, accessor);
        if (value == null) {
            throw new HostFailureException(part, new NullPointerException("the host's " + part.methodName() + "() returned null"));
        }
        return value;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            if (thrown instanceof RuntimeException && !(thrown instanceof SupervisionException)) {
                throw new HostFailureException(part, thrown);
            }
            throw thrown;
        }
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) throws ReflectiveOperationException {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "guarded " + part.methodName() + "()";
            default -> method.invoke(target, args);
        };
    }
}
