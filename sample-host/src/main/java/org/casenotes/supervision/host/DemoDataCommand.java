package org.casenotes.supervision.host;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.clinic.DataFolder;
import org.casenotes.supervision.host.clinic.ClinicSchema;
import org.casenotes.supervision.host.demo.DemoData;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.host.clinic.ClinicSettings;
import org.casenotes.supervision.host.demo.DemoPractice;
import org.casenotes.supervision.host.web.MessageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Seeds the demo practices; running it again changes nothing. */
@Command(name = "demo-data", description = "Seed the demo practices, staff (password 'demo'), clients and notes.")
final class DemoDataCommand implements Callable<Integer> {

    @Mixin
    private HostOptions options;

    @Override
    public Integer call() throws Exception {
        DataFolder.prepare(options.dataDir);
        try (ClinicDatabase database = ClinicDatabase.open(options.databaseUrl())) {
            DataFolder.restrictFiles(options.dataDir);
            ClinicSchema.create(database.dataSource());
            int added = DemoData.seedHostTables(database.dataSource(), LocalDate.now());
            System.out.println(added == 0 ? "demo data already present; nothing changed"
                    : "demo data seeded: " + MessageFiles.host().counted("cli.rowsAdded", added, Locale.ENGLISH));
        }
        try (ModuleSession local = ModuleSession.open(options)) {
            System.out.println("demo supervision data: " + DemoPractice.seed(local::moduleOn, local.module(),
                    new ClinicSettings(local.database().dataSource()),
                    LocalDate.now(), ZoneId.systemDefault()));
        } catch (IllegalStateException e) {
            System.out.println("demo supervision data skipped, supervision features unavailable: " + e.getMessage());
        } catch (SupervisionException e) {
            System.err.println("demo supervision data not seeded: " + e.code() + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
