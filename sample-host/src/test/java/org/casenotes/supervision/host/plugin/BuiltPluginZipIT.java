package org.casenotes.supervision.host.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casenotes.supervision.api.ApiVersion;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.SupervisionModuleProvider;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.clinic.ClinicHostContext;
import org.casenotes.supervision.host.testing.PluginZips;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/** The built plugin zip, loaded by a fresh PF4J manager in deployment mode, as a vendor would. */
class BuiltPluginZipIT {

    @TempDir
    Path temp;

    private DefaultPluginManager manager;
    private ClinicDatabase database;

    @BeforeEach
    void loadTheBuiltZip() throws Exception {
        manager = new DefaultPluginManager(PluginZips.folderWithBuiltPlugin(temp));
        manager.setSystemVersion(ApiVersion.current());
        manager.loadPlugins();
        manager.startPlugins();
        database = ClinicDatabase.open("jdbc:h2:mem:" + temp.getFileName() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterEach
    void unload() throws Exception {
        manager.stopPlugin("supervision-review");
        manager.unloadPlugin("supervision-review");
        database.close();
    }

    @Test
    void theZipStartsInDeploymentModeAndProvidesExactlyOneModuleProvider() {
        assertThat(manager.getRuntimeMode()).isEqualTo(RuntimeMode.DEPLOYMENT);
        PluginWrapper plugin = manager.getPlugin("supervision-review");
        assertThat(plugin.getPluginState()).isEqualTo(PluginState.STARTED);
        assertThat(plugin.getDescriptor().getRequires()).contains(">=1.0.0");
        assertThat(manager.getExtensions(SupervisionModuleProvider.class)).hasSize(1);
    }

    @Test
    void creatingTheModuleAgainstAFreshH2DatabaseCreatesThePluginTables() throws Exception {
        SupervisionModule module = createModule();
        assertThat(module.databaseReachable()).isTrue();
        assertThat(module.schemaVersion()).isNotBlank();
        assertThat(srTables()).contains("sr_policy", "sr_schema_history");
    }

    @Test
    void jacksonPdfboxAndFlywayComeFromThePluginsClassLoaderNotTheHosts() throws Exception {
        ClassLoader pluginLoader = manager.getPluginClassLoader("supervision-review");
        ClassLoader hostLoader = getClass().getClassLoader();
        assertThat(pluginLoader).isNotSameAs(hostLoader);

        Class<?> pluginJackson = pluginLoader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
        Class<?> hostJackson = hostLoader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
        assertThat(pluginJackson.getClassLoader()).isSameAs(pluginLoader);
        assertThat(pluginJackson).isNotSameAs(hostJackson);

        Class<?> pdfbox = pluginLoader.loadClass("org.apache.pdfbox.pdmodel.PDDocument");
        assertThat(pdfbox.getClassLoader()).isSameAs(pluginLoader);
        assertThatThrownBy(() -> hostLoader.loadClass("org.apache.pdfbox.pdmodel.PDDocument"))
                .isInstanceOf(ClassNotFoundException.class);

        Class<?> flyway = pluginLoader.loadClass("org.flywaydb.core.Flyway");
        assertThat(flyway.getClassLoader()).isSameAs(pluginLoader);
    }

    @Test
    void hapiFhirLoadsFromThePluginsLibAndTheHostKeepsItsOwnLogging() throws Exception {
        ClassLoader pluginLoader = manager.getPluginClassLoader("supervision-review");
        ClassLoader hostLoader = getClass().getClassLoader();

        String questionnaire = createModule().fhir().questionnaire(Locale.forLanguageTag("es"));

        assertThat(questionnaire).contains("\"resourceType\": \"Questionnaire\"").contains("\"language\": \"es\"");
        Class<?> hapi = pluginLoader.loadClass("ca.uhn.fhir.context.FhirContext");
        assertThat(hapi.getClassLoader()).isSameAs(pluginLoader);
        assertThatThrownBy(() -> hostLoader.loadClass("ca.uhn.fhir.context.FhirContext"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(pluginLoader.loadClass("org.slf4j.LoggerFactory"))
                .isSameAs(hostLoader.loadClass("org.slf4j.LoggerFactory"));
    }

    @Test
    void theApiTypesAreTheHostsSoTheModuleCanBeUsedWithoutReflection() {
        ClassLoader pluginLoader = manager.getPluginClassLoader("supervision-review");
        SupervisionModuleProvider provider = manager.getExtensions(SupervisionModuleProvider.class).get(0);
        assertThat(provider.getClass().getClassLoader()).isSameAs(pluginLoader);
        assertThat(SupervisionModuleProvider.class.getClassLoader()).isSameAs(getClass().getClassLoader());
    }

    private SupervisionModule createModule() {
        SupervisionModuleProvider provider = manager.getExtensions(SupervisionModuleProvider.class).get(0);
        return provider.create(new ClinicHostContext(database.dataSource(), Clock.systemUTC(),
                SupervisionEventListener.NONE, temp.resolve("data")));
    }

    private List<String> srTables() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.startsWith("sr_")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
