package org.casenotes.supervision.core.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.casenotes.supervision.core.storage.Migrations;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.schema.TriggerObject;
import org.h2.util.JdbcUtils;
import org.h2.util.Utils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the plugin lets H2 load its trigger class while modules are open, and lets go of it when
 * the last one closes: a plugin that PF4J unloads must not stay reachable from H2's class
 * factories or from a trigger object an open database still holds. Both are H2's own state,
 * read here as H2 keeps it.
 */
class H2TriggerClassesTest {

    private static final String TRIGGER = AppendOnlyTrigger.class.getName();

    /**
     * The counts below start from no open module. Modules other tests of this JVM left open are
     * closed first, as the plugin's stop closes them; after that, a factory still registered
     * means a close did not let go of H2: a failure, not a skip.
     */
    @BeforeEach
    void noModuleIsOpen() throws ReflectiveOperationException {
        org.casenotes.supervision.core.OpenModules.closeAll();
        assertThat(pluginFactories()).as("H2's class factory once every module is closed").isEmpty();
    }

    @Test
    void whileAModuleIsOpenH2LoadsThePluginsTriggerClassFromThePluginsLoader() throws Exception {
        H2TriggerClasses.register();
        try {
            assertThat(pluginFactories()).singleElement().satisfies(factory -> {
                assertThat(factory.match("org.h2.Driver")).isFalse();
                assertThat(factory.loadClass(TRIGGER)).isSameAs(AppendOnlyTrigger.class);
            });
        } finally {
            H2TriggerClasses.unregister();
        }

        assertThat(pluginFactories()).isEmpty();
    }

    @Test
    void aTriggerClassRegisteredByTwoModulesStaysUntilTheLastReleasesIt() throws Exception {
        H2TriggerClasses.register();
        H2TriggerClasses.register();
        assertThat(pluginFactories()).hasSize(1);

        H2TriggerClasses.unregister();
        assertThat(pluginFactories()).hasSize(1);

        H2TriggerClasses.unregister();
        assertThat(pluginFactories()).isEmpty();
    }

    @Test
    void anExtraReleaseDoesNotTakeTheFactoryFromAModuleStillOpen() throws Exception {
        H2TriggerClasses.register();
        H2TriggerClasses.unregister();
        H2TriggerClasses.unregister();

        H2TriggerClasses.register();
        H2TriggerClasses.register();
        H2TriggerClasses.unregister();
        try {
            assertThat(pluginFactories()).hasSize(1);
        } finally {
            H2TriggerClasses.unregister();
        }
        assertThat(pluginFactories()).isEmpty();
    }

    @Test
    void theLastModuleToCloseMakesEveryDatabaseTheModulesUsedDropItsTriggerObject() throws Exception {
        DataSource first = migrated();
        DataSource second = migrated();
        TriggerObject firstBefore = trigger(first);
        TriggerObject secondBefore = trigger(second);
        H2TriggerClasses.register();
        H2TriggerClasses.register();

        H2TriggerClasses.release(first);
        assertThat(trigger(first)).as("still in use by the open module").isSameAs(firstBefore);

        H2TriggerClasses.release(second);
        assertThat(pluginFactories()).isEmpty();
        assertThat(trigger(first)).isNotSameAs(firstBefore);
        assertThat(trigger(second)).isNotSameAs(secondBefore);
        assertThat(trigger(first).getTriggerClassName()).as("the guard stays, by class name").isEqualTo(TRIGGER);
    }

    @Test
    void aDatabaseForgottenOnceIsLeftAloneByLaterModules() throws Exception {
        DataSource earlier = migrated();
        DataSource later = migrated();
        H2TriggerClasses.register();
        H2TriggerClasses.release(earlier);
        TriggerObject forgotten = trigger(earlier);

        H2TriggerClasses.register();
        H2TriggerClasses.release(later);

        assertThat(trigger(earlier)).isSameAs(forgotten);
    }

    @Test
    void aDatabaseWhoseGuardTheOwnerDroppedGetsNoTriggerBack() throws Exception {
        DataSource database = migrated();
        execute(database, "DROP TRIGGER sr_audit_event_append_only");
        H2TriggerClasses.register();

        H2TriggerClasses.release(database);

        assertThat(trigger(database)).isNull();
    }

    private static DataSource migrated() {
        DataSource database = TestDatabases.h2();
        H2TriggerClasses.register();
        try {
            Migrations.migrate(database);
        } finally {
            H2TriggerClasses.unregister();
        }
        return database;
    }

    /** The factories H2 asks for a class of the plugin's package. */
    @SuppressWarnings("unchecked")
    private static List<Utils.ClassFactory> pluginFactories() throws ReflectiveOperationException {
        Field field = JdbcUtils.class.getDeclaredField("userClassFactories");
        field.setAccessible(true);
        List<Utils.ClassFactory> factories = (List<Utils.ClassFactory>) field.get(null);
        synchronized (factories) {
            return factories.stream().filter(factory -> factory.match(TRIGGER)).toList();
        }
    }

    /** The trigger object the open database holds for the audit table's guard. */
    private static TriggerObject trigger(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection()) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            return session.getDatabase().getSchema(session.getCurrentSchemaName())
                    .findTrigger("SR_AUDIT_EVENT_APPEND_ONLY");
        }
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
