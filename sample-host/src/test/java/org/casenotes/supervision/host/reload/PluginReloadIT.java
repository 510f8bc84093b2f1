package org.casenotes.supervision.host.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.SupervisionModuleProvider;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.loader.LoadedPlugins;
import org.casenotes.supervision.api.loader.SupervisionPluginLoader;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.clinic.ClinicHostContext;
import org.casenotes.supervision.host.clinic.ClinicSchema;
import org.casenotes.supervision.host.demo.DemoData;
import org.casenotes.supervision.host.testing.PluginZips;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host loads, uses and unloads the plugin five times, every call made on one long-lived
 * host thread (as a web server's worker is), and afterwards no old plugin class loader is
 * reachable: nothing of the plugin stays in H2's static state, in the host thread's
 * thread-locals, or anywhere else the host holds.
 */
class PluginReloadIT {

    private static final int CYCLES = 5;
    private static final Actor CLINICIAN = Actor.of("clinician-1", "org-1", Role.CLINICIAN);
    private static final Actor SUPERVISOR = Actor.of("supervisor-1", "org-1", Role.SUPERVISOR);

    @TempDir
    Path temp;

    private ClinicDatabase database;
    private ExecutorService hostThread;
    private List<String[]> notes;

    @BeforeEach
    void openHost() throws Exception {
        database = ClinicDatabase.open("jdbc:h2:mem:reload" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ClinicSchema.create(database.dataSource());
        DemoData.seedHostTables(database.dataSource(), LocalDate.now());
        notes = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT note_id, client_id, session_date FROM clinic_note"
                        + " WHERE clinician_id = 'clinician-1' ORDER BY note_id")) {
            while (rows.next()) {
                notes.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        hostThread = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void closeHost() {
        hostThread.shutdownNow();
        database.close();
    }

    @Test
    void fiveReloadsLeaveNoOldPluginClassLoaderReachable() throws Exception {
        Path plugins = PluginZips.folderWithBuiltPlugin(temp);
        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            loaders.add(useOnce(plugins, cycle, cycle % 2 == 0));
            // The figure the closing note quotes: old loaders still reachable after each cycle.
            System.out.println("reload cycle " + cycle + ": " + reachableAfterGc(loaders) + " of " + loaders.size()
                    + " plugin class loaders reachable after GC");
        }

        assertThat(reachableAfterGc(loaders)).as("old plugin class loaders still reachable").isZero();
        assertThatThrownBy(this::rewriteAuditTrail).as("with no plugin loaded").isInstanceOf(SQLException.class);
        try (LoadedPlugins loaded = SupervisionPluginLoader.load(plugins);
                SupervisionModule module = loaded.provider().orElseThrow().create(host())) {
            assertThatThrownBy(this::rewriteAuditTrail).as("with the plugin loaded again")
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    private void rewriteAuditTrail() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sr_audit_event SET seq = seq");
        }
    }

    @Test
    void aModuleKeptAfterThePluginStoppedFailsWithATypedError() throws Exception {
        Path plugins = PluginZips.folderWithBuiltPlugin(temp);
        SupervisionModule kept;
        try (LoadedPlugins loaded = SupervisionPluginLoader.load(plugins)) {
            kept = loaded.provider().orElseThrow().create(host());
        }
        assertThatThrownBy(() -> kept.reviews().queue(SUPERVISOR, QueueQuery.waiting(10)))
                .isInstanceOf(InvalidStateException.class).hasFieldOrPropertyWithValue("code", "module.closed");
    }

    /** One load-use-unload cycle; returns a weak reference to the plugin's class loader. */
    private WeakReference<ClassLoader> useOnce(Path plugins, int cycle, boolean hostClosesModule) throws Exception {
        try (LoadedPlugins loaded = SupervisionPluginLoader.load(plugins)) {
            SupervisionModuleProvider provider = loaded.provider().orElseThrow();
            WeakReference<ClassLoader> loader = new WeakReference<>(provider.getClass().getClassLoader());
            SupervisionModule module = provider.create(host());
            String[] note = notes.get(cycle);
            hostThread.submit(() -> requests(module, note)).get();
            if (hostClosesModule) {
                module.close();
            }
            return loader;
        }
    }

    private static Object requests(SupervisionModule module, String[] note) throws Exception {
        LocalDate session = LocalDate.parse(note[2]);
        module.disclosures().formSchema(CLINICIAN, Locale.ENGLISH);
        module.disclosures().save(CLINICIAN, new SaveSection(note[0], note[1], "clinician-1", session, 0,
                "{\"noSelfDisclosure\": true}"));
        Review submitted = module.reviews().submit(CLINICIAN, note[0], 0);
        module.reviews().queue(SUPERVISOR, QueueQuery.waiting(20));
        module.reviews().coSign(SUPERVISOR, note[0], submitted.version());
        module.meetings().hours(SUPERVISOR, "clinician-1", session.minusDays(30), session, ZoneId.of("UTC"));
        Path packet = Files.createTempFile("reload-packet", ".pdf");
        try {
            module.packets().export(SUPERVISOR, PacketRequest.forPeriod(List.of("clinician-1"), session, session),
                    PacketOptions.defaults(), packet);
        } finally {
            Files.deleteIfExists(packet);
        }
        return null;
    }

    private ClinicHostContext host() {
        return new ClinicHostContext(database.dataSource(), Clock.systemDefaultZone(), SupervisionEventListener.NONE,
                temp.resolve("data"));
    }

    /** Collects garbage until every loader is gone or 40 rounds have passed; returns how many remain. */
    static long reachableAfterGc(List<WeakReference<ClassLoader>> loaders) throws InterruptedException {
        for (int round = 0; round < 40 && loaders.stream().anyMatch(l -> l.get() != null); round++) {
            System.gc();
            Thread.sleep(50);
        }
        return loaders.stream().filter(l -> l.get() != null).count();
    }
}
