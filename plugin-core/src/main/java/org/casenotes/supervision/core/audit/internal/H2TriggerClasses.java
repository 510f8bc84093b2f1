package org.casenotes.supervision.core.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets H2 load the plugin's trigger classes.
 *
 * <p>H2 loads a trigger class by name with its own class loader, then the thread's context
 * class loader. Inside PF4J neither sees the plugin's classes: H2 is the host's library and
 * the host's threads carry the host's loader. H2 takes extra class factories, so the plugin
 * registers one that answers for its own package from its own loader. This is done before
 * migrating (creating the trigger loads its class) and kept while any module is open; the
 * factory is removed when the last module closes, and every H2 database a closed module used
 * drops its trigger object ({@link AppendOnlyTriggers}), so an unloaded plugin is not held.
 *
 * <p>A host without H2 on its class path skips all of this. Thread-safe.
 */
public final class H2TriggerClasses {

    private static final Logger LOG = LoggerFactory.getLogger(H2TriggerClasses.class);
    private static final String H2_FACTORIES = "org.h2.util.JdbcUtils";

    private static Object factory;
    private static int users;
    private static final java.util.Set<javax.sql.DataSource> USED = java.util.Collections.newSetFromMap(
            new java.util.IdentityHashMap<>());

    private H2TriggerClasses() {
    }

    /** Registers the factory, or counts one more user of it. */
    public static synchronized void register() {
        if (users++ > 0) {
            return;
        }
        if (!h2Present()) {
            return;
        }
        factory = PluginClassFactory.install(AppendOnlyTrigger.class.getClassLoader());
        LOG.debug("H2 can load the plugin's trigger classes");
    }

    /** Counts one user fewer; the last one removes the factory. */
    public static synchronized void unregister() {
        if (users == 0 || --users > 0) {
            return;
        }
        if (factory != null) {
            PluginClassFactory.remove(factory);
            factory = null;
        }
    }

    /**
     * Counts one user fewer after a module over a database closed; the last one removes the
     * factory and makes every database the closed modules used forget the trigger object.
     *
     * @param dataSource the closed module's database
     */
    public static void release(javax.sql.DataSource dataSource) {
        java.util.List<javax.sql.DataSource> forget;
        synchronized (H2TriggerClasses.class) {
            if (factory == null && users <= 1) {
                unregister();
                return;
            }
            USED.add(dataSource);
            unregister();
            if (users > 0) {
                return;
            }
            forget = java.util.List.copyOf(USED);
            USED.clear();
        }
        forget.forEach(AppendOnlyTriggers::forget);
    }

    private static boolean h2Present() {
        try {
            Class.forName(H2_FACTORIES, false, H2TriggerClasses.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
