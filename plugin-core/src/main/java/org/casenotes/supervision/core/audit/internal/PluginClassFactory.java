package org.casenotes.supervision.core.audit.internal;

import org.h2.util.JdbcUtils;
import org.h2.util.Utils;

/**
 * The H2 class factory itself: a separate class, so that it is loaded only when H2 is present.
 */
final class PluginClassFactory implements Utils.ClassFactory {

    private static final String OWN_PACKAGE = "org.casenotes.supervision.core.";

    private final ClassLoader loader;

    private PluginClassFactory(ClassLoader loader) {
        this.loader = loader;
    }

    static Object install(ClassLoader loader) {
        PluginClassFactory factory = new PluginClassFactory(loader);
        JdbcUtils.addClassFactory(factory);
        return factory;
    }

    static void remove(Object factory) {
        JdbcUtils.removeClassFactory((Utils.ClassFactory) factory);
    }

    @Override
    public boolean match(String name) {
        return name.startsWith(OWN_PACKAGE);
    }

    @Override
    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return Class.forName(name, true, loader);
    }
}
