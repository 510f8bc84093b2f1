package org.casenotes.supervision.host;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.clinic.ClinicSchema;
import org.casenotes.supervision.host.demo.DemoData;
import org.casenotes.supervision.host.demo.DemoMeetings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Seeds the demo practices; running it again changes nothing. */
@Command(name = "demo-data", description = "Seed the demo practices, staff (password 'demo'), clients and notes.")
final class DemoDataCommand implements Callable<Integer> {

    @Mixin
    private HostOptions options;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(options.dataDir);
        try (ClinicDatabase database = ClinicDatabase.open(options.databaseUrl())) {
            ClinicSchema.create(database.dataSource());
            int added = DemoData.seedHostTables(database.dataSource(), LocalDate.now());
            System.out.println(added == 0 ? "demo data already present; nothing changed"
                    : "demo data seeded: " + added + " rows added");
        }
        try (ModuleSession local = ModuleSession.open(options)) {
            int meetings = DemoMeetings.seed(local.module(), LocalDate.now(), ZoneId.systemDefault());
            System.out.println(meetings == 0 ? "demo meetings already present" : "demo meetings seeded: " + meetings);
        } catch (IllegalStateException e) {
            System.out.println("demo meetings skipped, supervision features unavailable: " + e.getMessage());
        }
        return 0;
    }
}
