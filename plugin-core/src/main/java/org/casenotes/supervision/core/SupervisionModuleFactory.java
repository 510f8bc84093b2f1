package org.casenotes.supervision.core;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.SupervisionModuleProvider;
import org.casenotes.supervision.core.audit.internal.H2TriggerClasses;
import org.casenotes.supervision.core.disclosure.FormSchema;
import org.casenotes.supervision.core.host.GuardedHost;
import org.casenotes.supervision.core.storage.Migrations;
import org.pf4j.Extension;

/**
 * The plugin's one extension: brings the plugin's tables up to date in the host's database,
 * then wires the features into a module.
 *
 * <p>Every module made here is remembered until it is closed, so that stopping the plugin
 * closes the ones a host forgot ({@link #closeAll()}). The set is static in the plugin's own
 * class loader, so it goes away with the plugin. Thread-safe.
 */
@Extension
public final class SupervisionModuleFactory implements SupervisionModuleProvider {

    private static final Set<SupervisionModule> OPEN = ConcurrentHashMap.newKeySet();

    @Override
    public SupervisionModule create(HostContext host) {
        GuardedHost guarded = GuardedHost.of(host);
        // H2 loads the audit table's trigger class by name; it must find the plugin's classes
        // before the migration creates the trigger.
        H2TriggerClasses.register();
        try {
            String schemaVersion = Migrations.migrate(guarded.dataSource());
            WiredModule module = new WiredModule(guarded, schemaVersion, OPEN::remove);
            OPEN.add(module);
            // Events a previous process stored but did not deliver (it stopped, or the listener
            // failed) go out now; a failure here leaves them pending, it does not stop the start.
            try {
                module.deliverPendingEvents();
            } catch (org.casenotes.supervision.api.error.SupervisionException e) {
                org.slf4j.LoggerFactory.getLogger(SupervisionModuleFactory.class)
                        .warn("pending events not delivered at start: {}", e.getMessage());
            }
            return module;
        } catch (RuntimeException | Error e) {
            H2TriggerClasses.unregister();
            throw e;
        }
    }

    @Override
    public String disclosureFormSchema(Locale locale) {
        return FormSchema.document(locale);
    }

    /**
     * Closes every module made by this plugin that is still open.
     *
     * @return how many modules were closed
     */
    static int closeAll() {
        List<SupervisionModule> open = List.copyOf(OPEN);
        open.forEach(SupervisionModule::close);
        return open.size();
    }
}
