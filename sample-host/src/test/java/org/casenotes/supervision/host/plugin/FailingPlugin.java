package org.casenotes.supervision.host.plugin;

import org.pf4j.Plugin;

/** A plugin that throws on start, packed into a test zip to prove the host survives it. */
public class FailingPlugin extends Plugin {

    @Override
    public void start() {
        throw new IllegalStateException("licence server unreachable");
    }
}
