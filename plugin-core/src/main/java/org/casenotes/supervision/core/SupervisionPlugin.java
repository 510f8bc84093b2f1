package org.casenotes.supervision.core;

import org.pf4j.Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PF4J plugin class of {@code supervision-review}. The work happens in the modules a host
 * creates through {@link SupervisionModuleFactory}; stopping the plugin closes every module it
 * made that the host has not closed, so none of them keeps running on unloaded classes.
 */
public final class SupervisionPlugin extends Plugin {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisionPlugin.class);

    @Override
    public void start() {
        LOG.info("supervision-review plugin started");
    }

    @Override
    public void stop() {
        int closed = SupervisionModuleFactory.closeAll();
        LOG.info("supervision-review plugin stopped; {} open {} closed", closed, closed == 1 ? "module" : "modules");
    }
}
