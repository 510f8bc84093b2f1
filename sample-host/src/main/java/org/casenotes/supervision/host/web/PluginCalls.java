package org.casenotes.supervision.host.web;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.error.SupervisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards every call into the plugin: its typed errors pass through; anything else it throws
 * (a bug, a missing class in its lib/) becomes a 503 problem for that request, and the host
 * keeps serving everything else.
 */
final class PluginCalls implements InvocationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PluginCalls.class);
    private static final String API_PACKAGE = "org.casenotes.supervision.api";

    private final Object target;

    private PluginCalls(Object target) {
        this.target = target;
    }

    static SupervisionModule guard(SupervisionModule module) {
        return module == null ? null : wrap(SupervisionModule.class, module);
    }

    private static <T> T wrap(Class<T> type, Object target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new PluginCalls(target)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SupervisionException) {
                throw cause;
            }
            // Only the class name: a message from inside the plugin is not known to be free of client data.
            LOG.error("the supervision plugin failed in {}.{}: {}", method.getDeclaringClass().getSimpleName(),
                    method.getName(), cause.getClass().getName());
            throw HttpProblem.of(503, "supervision.fault",
                    "the supervision features failed on this request; nothing was changed, try again later");
        }
        // The module hands out its services (interfaces); those are guarded too. Values are returned as they are.
        Class<?> returned = method.getReturnType();
        if (result != null && method.getDeclaringClass() == SupervisionModule.class && returned.isInterface()
                && !returned.isSealed() && returned.getPackageName().startsWith(API_PACKAGE)) {
            return wrap(returned, result);
        }
        return result;
    }
}
