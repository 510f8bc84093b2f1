package org.casenotes.supervision.api;

import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * The extension point a host looks up through PF4J to obtain the supervision features.
 *
 * <p>A host gets the one provider of the {@code supervision-review} plugin from {@link
 * org.casenotes.supervision.api.loader.SupervisionPluginLoader}, which also says why it is
 * missing when it is, and calls {@link #create(HostContext)} once per host context, typically
 * at start-up.
 *
 * <pre>{@code
 * LoadedPlugins plugins = SupervisionPluginLoader.load(Path.of("plugins"));
 * SupervisionModuleProvider provider = plugins.provider().orElseThrow(() ->
 *         new IllegalStateException(plugins.whyUnavailable().orElseThrow().message()));
 * SupervisionModule module = provider.create(hostContext);
 * }</pre>
 */
public interface SupervisionModuleProvider extends ExtensionPoint {

    /**
     * Creates the module against the host's database and services.
     *
     * <p>Creating a module brings the plugin's own tables up to date; several hosts may do so
     * against one database at the same time. It needs one connection of the host's pool; on a
     * database that already has every migration it costs one query.
     *
     * @param host what the host hands in: data source, clock, directory, note look-up, events
     * @return a ready, open module; close it when the host shuts down
     * @throws org.casenotes.supervision.api.error.StorageUnavailableException when the
     *     database cannot be reached or its tables cannot be brought up to date
     * @throws org.casenotes.supervision.api.error.HostFailureException when a part of the
     *     host context throws (its accessor, or the data source)
     */
    SupervisionModule create(HostContext host);

    /**
     * The self-disclosure section's form as JSON Schema 2020-12 with UI hints and the built-in
     * limits, without a database: for tools and build steps that render or check forms.
     *
     * @param locale the language of labels and help texts; English when not available
     * @return the schema document
     * @throws UnsupportedOperationException when the provider does not publish its form
     */
    default String disclosureFormSchema(Locale locale) {
        throw new UnsupportedOperationException("this provider does not publish a form schema");
    }
}
