package org.casenotes.supervision.host.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.host.clinic.ClinicSettings;
import org.casenotes.supervision.host.web.MessageFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin's side of the demo: sections and reviews first (replayed on a walking clock),
 * then meetings, whose agendas pick up the flagged notes. Each step is idempotent.
 */
public final class DemoPractice {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPractice.class);

    private DemoPractice() {
    }

    /**
     * Seeds the supervision data of the demo practices.
     *
     * @param moduleOnClock creates a module over the host's database with a given clock
     * @param live the host's running module
     * @param settings where the host remembers that seeding finished
     * @param today the last day of the demo
     * @param zone the practice's time zone
     * @return a one-line summary of what was added
     */
    public static String seed(Function<Clock, SupervisionModule> moduleOnClock, SupervisionModule live,
            ClinicSettings settings, LocalDate today, ZoneId zone) {
        // A finished seeding is remembered by the host, so running it again asks the plugin nothing
        // (every read of clinical content would otherwise add audit events).
        if (settings.get(SEEDED).isPresent()) {
            return "already present; nothing changed";
        }
        int notes = DemoReviews.seed(moduleOnClock, today, zone);
        int meetings = DemoMeetings.seed(live, today, zone);
        int boardMeetings = DemoLicensure.seed(live, zone);
        settings.putIfAbsent(SEEDED, today.toString());
        MessageFiles words = MessageFiles.host();
        return "sections and reviews for " + words.counted("cli.notes", notes, Locale.ENGLISH) + ", "
                + words.counted("cli.meetings", meetings, Locale.ENGLISH) + ", "
                + words.counted("cli.boardDemoMeetings", boardMeetings, Locale.ENGLISH);
    }

    private static final String SEEDED = "demo.supervision.seeded";

    /**
     * Seeds, logging instead of failing when the plugin refuses.
     *
     * @param moduleOnClock creates a module with a given clock
     * @param live the host's running module
     * @param settings where the host remembers that seeding finished
     * @param today the last day of the demo
     * @param zone the practice's time zone
     */
    public static void seedOrWarn(Function<Clock, SupervisionModule> moduleOnClock, SupervisionModule live,
            ClinicSettings settings, LocalDate today, ZoneId zone) {
        try {
            LOG.info("demo data: {}", seed(moduleOnClock, live, settings, today, zone));
        } catch (SupervisionException e) {
            LOG.warn("demo supervision data not seeded: {} {}", e.code(), e.getMessage());
        }
    }
}
