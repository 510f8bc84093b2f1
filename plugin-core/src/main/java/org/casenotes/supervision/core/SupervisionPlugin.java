package org.casenotes.supervision.core;

import org.pf4j.Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PF4J plugin class of {@code supervision-review}. The work happens in the module a host
 * creates through {@link SupervisionModuleFactory}; starting the plugin only announces it.
 */
public final class SupervisionPlugin extends Plugin {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisionPlugin.class);

    @Override
    public void start() {
        LOG.info("supervision-review plugin started");
    }

    @Override
    public void stop() {
        LOG.info("supervision-review plugin stopped");
    }
}
