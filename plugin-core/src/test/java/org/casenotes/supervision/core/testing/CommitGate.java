package org.casenotes.supervision.core.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A data source whose connections, when used by a thread that holds a gate, stop in {@code
 * commit()} until the gate opens: the test decides when each session's transaction commits, as
 * PostgreSQL's isolation tester does with its scripted steps.
 */
public final class CommitGate {

    /** One session's gate: reached once its thread is about to commit, open once released. */
    public static final class Gate {
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch open = new CountDownLatch(1);

        /** Lets the session's commits through, now and later. */
        public void open() {
            open.countDown();
        }

        /** Marks the session as having stopped, at its commit or because it finished early. */
        public void reached() {
            reached.countDown();
        }

        /**
         * Waits a little for the session to reach its commit or finish.
         *
         * @param millis how long to wait
         * @return false when the session is still working, which here means waiting on a lock
         */
        public boolean awaitReached(long millis) throws InterruptedException {
            return reached.await(millis, TimeUnit.MILLISECONDS);
        }
    }

    private final DataSource target;
    private final Map<Thread, Gate> gates = new ConcurrentHashMap<>();

    /**
     * Wraps a data source.
     *
     * @param target the real data source
     */
    public CommitGate(DataSource target) {
        this.target = target;
    }

    /**
     * Gates the calling thread's commits until the gate opens.
     *
     * @param gate the gate
     */
    public void hold(Gate gate) {
        gates.put(Thread.currentThread(), gate);
    }

    /** Stops gating the calling thread. */
    public void release() {
        gates.remove(Thread.currentThread());
    }

    /**
     * The gated data source.
     *
     * @return a data source whose connections wait at commit for the thread's gate
     */
    public DataSource dataSource() {
        return Wrapping.dataSource(target, connection -> (Connection) Proxy.newProxyInstance(
                CommitGate.class.getClassLoader(), new Class<?>[] {Connection.class}, new GatedConnection(connection)));
    }

    private final class GatedConnection implements InvocationHandler {
        private final Connection connection;

        GatedConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("commit")) {
                Gate gate = gates.get(Thread.currentThread());
                if (gate != null) {
                    gate.reached();
                    if (!gate.open.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never opened the commit gate");
                    }
                }
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
