package org.casenotes.supervision.host;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.meeting.HoursLog;
import org.casenotes.supervision.api.meeting.HoursTotal;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.host.clinic.ClinicStaff;
import org.casenotes.supervision.host.clinic.ClinicUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints a supervisee's supervision hours by format and modality, and writes them as CSV. */
@Command(name = "hours", description = "Print a supervisee's supervision hours by format and modality over a period.")
final class HoursCommand implements Callable<Integer> {

    @Mixin
    private HostOptions options;

    @Option(names = "--supervisee", required = true, paramLabel = "ID", description = "The supervisee's user id.")
    private String supervisee;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, inclusive (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, inclusive (YYYY-MM-DD).")
    private LocalDate to;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the hours log as RFC 4180 CSV to FILE.")
    private Path csv;

    @Option(names = "--as", paramLabel = "USER",
            description = "Who reads the hours (default: the admin of the supervisee's practice).")
    private String as;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The practice's time zone (default: the host's).")
    private ZoneId zone;

    @Override
    public Integer call() throws Exception {
        ZoneId practiceZone = zone != null ? zone : ZoneId.systemDefault();
        try (ModuleSession local = ModuleSession.open(options)) {
            ClinicStaff staff = new ClinicStaff(local.database().dataSource());
            Optional<ClinicUser> person = staff.byId(supervisee);
            if (person.isEmpty()) {
                System.err.println("error: no staff member with id " + supervisee);
                return 2;
            }
            Optional<ClinicUser> reader = as != null ? staff.byId(as) : staff.firstAdmin(person.get().organisationId());
            if (reader.isEmpty() || !reader.get().organisationId().equals(person.get().organisationId())) {
                System.err.println("error: " + (as != null ? "no staff member " + as + " in the supervisee's practice"
                        : "the supervisee's practice has no admin; name a reader with --as"));
                return 2;
            }
            Actor actor = reader.get().actor();
            Meetings meetings = local.module().meetings();
            HoursLog log = meetings.hours(actor, supervisee, from, to, practiceZone);
            print(log, person.get().displayName(), local.module().vocabulary());
            if (csv != null) {
                Path temp = Files.createTempFile(csv.toAbsolutePath().getParent(), ".hours-", ".csv");
                Files.writeString(temp, meetings.hoursCsv(actor, supervisee, from, to, practiceZone), StandardCharsets.UTF_8);
                Files.move(temp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                System.out.println("CSV written to " + csv);
            }
            return 0;
        }
    }

    /** The table in the vocabulary's English words (format and modality labels, never codes). */
    private static void print(HoursLog log, String name, org.casenotes.supervision.api.Vocabulary words) {
        System.out.println("Supervision hours for " + log.superviseeId() + " (" + name + "), " + log.from() + " to "
                + log.to() + " (" + log.zone() + ")");
        String row = "%-16s %-16s %8s %7s%n";
        System.out.printf(Locale.ROOT, row, "Format", "Modality", "Meetings", "Hours");
        for (HoursTotal total : log.totals()) {
            System.out.printf(Locale.ROOT, row, words.label(total.format(), Locale.ENGLISH),
                    words.label(total.modality(), Locale.ENGLISH), total.meetings(), total.hours().toPlainString());
        }
        System.out.printf(Locale.ROOT, row, "Total", "", log.entries().size(), log.totalHours().toPlainString());
    }
}
