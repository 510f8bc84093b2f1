package org.casenotes.supervision.host;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casenotes.supervision.api.licensure.BoardStatement;
import org.casenotes.supervision.host.clinic.ClinicStaff;
import org.casenotes.supervision.host.clinic.ClinicUser;
import org.casenotes.supervision.host.web.MessageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the close-out a supervisor signs when their assignment to a supervisee has ended. */
@Command(name = "board-close-out", description = "Write the close-out a supervisor signs when their assignment to"
        + " a supervisee has ended: the board statement over the whole assignment, with its totals (PDF/A-3b).")
final class BoardCloseOutCommand implements Callable<Integer> {

    @Mixin
    private HostOptions options;

    @Option(names = "--supervisee", required = true, paramLabel = "ID", description = "The supervisee's user id.")
    private String supervisee;

    @Option(names = "--supervisor", required = true, paramLabel = "ID",
            description = "The signing supervisor, whose assignment ended.")
    private String supervisor;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF file to write.")
    private Path out;

    @Option(names = "--locale", paramLabel = "TAG", description = "Language of the statement: en (default) or es.")
    private String locale = "en";

    @Option(names = "--zone", paramLabel = "ZONE", description = "The practice's time zone (default: the host's).")
    private ZoneId zone;

    @Override
    public Integer call() throws Exception {
        ZoneId practiceZone = zone != null ? zone : ZoneId.systemDefault();
        try (ModuleSession local = ModuleSession.open(options)) {
            Optional<ClinicUser> signer = new ClinicStaff(local.database().dataSource()).byId(supervisor);
            if (signer.isEmpty()) {
                System.err.println("error: no staff member has the user id " + supervisor + " (--supervisor names the"
                        + " signing supervisor).");
                return 2;
            }
            BoardStatement written = local.module().licensure().closeOut(signer.get().actor(), supervisee,
                    practiceZone, Locale.forLanguageTag(locale), out);
            System.out.println("Close-out for " + written.from() + " to " + written.to() + " written to "
                    + written.file() + " (" + MessageFiles.host().counted("cli.pages", written.pages(), Locale.ENGLISH)
                    + ", sha256 " + written.sha256() + "): "
                    + written.signatureLine());
            return 0;
        }
    }
}
