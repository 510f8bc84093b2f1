package org.casenotes.supervision.host.web;

import java.util.Optional;
import org.casenotes.supervision.api.SupervisionModule;

/**
 * The supervision module as routes see it: present when the plugin loaded, otherwise every
 * plugin-backed route answers 503 with the reason, and the rest of the host keeps working.
 */
public final class Supervision {

    private final SupervisionModule module;
    private final String fault;

    Supervision(SupervisionModule module, String fault) {
        this.module = PluginCalls.guard(module);
        this.fault = fault;
    }

    /**
     * The module.
     *
     * @return the module
     * @throws HttpProblem 503 when the plugin is unavailable
     */
    public SupervisionModule module() {
        if (module == null) {
            throw HttpProblem.of(503, "supervision.unavailable",
                    "the supervision features are unavailable: " + Optional.ofNullable(fault).orElse("plugin not loaded"));
        }
        return module;
    }

    /**
     * The module when the plugin loaded, without answering 503 otherwise.
     *
     * @return the module or empty
     */
    public Optional<SupervisionModule> available() {
        return Optional.ofNullable(module);
    }
}
