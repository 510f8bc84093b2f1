package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.audit.AuditQuery;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.meeting.CaseNotes;
import org.casenotes.supervision.api.meeting.ItemNotes;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.FaultyDatabase;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A whole flow with client-identifying text everywhere it can go (the host's client record
 * and note text, disclosure summaries, comments, reasons, addenda, meeting notes), run with
 * every logger at DEBUG, including refusals, conflicts, bad input and a database fault: no
 * log line and no exception message the services throw contains any of that text.
 */
class NoPhiInLogsTest {

    private static final String GIVEN = "Zephyrine";
    private static final String FAMILY = "Quillfeather";
    private static final LocalDate BORN = LocalDate.parse("1971-02-03");
    private static final String PHONE = "555-0142-77";
    private static final String EMAIL = "zq.private@example.org";
    private static final String NOTE_TEXT = "Xanthoria reported panic at her sister's wedding in Tromsø";
    private static final String SUMMARY = "Shared my own Vorbeck Lane childhood";
    private static final String COMMENT = "Ask about the Marblecrest custody hearing";
    private static final String REASON = "Explain why Oxbridge Fjellstue came up";
    private static final String ADDENDUM = "Corrected: the Quasimodo Ward admission";
    private static final String MEETING_TEXT = "Discussed Wintermoot eviction notice";
    private static final List<String> PHI = List.of(GIVEN, FAMILY, BORN.toString(), "03/02/1971", "02/03/1971",
            PHONE, EMAIL, NOTE_TEXT, "Xanthoria", SUMMARY, "Vorbeck", COMMENT, "Marblecrest", REASON, "Oxbridge",
            ADDENDUM, "Quasimodo", MEETING_TEXT, "Wintermoot");

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final List<SupervisionException> thrown = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private final List<String> loggers = List.of(org.slf4j.Logger.ROOT_LOGGER_NAME, "org.flywaydb");

    @BeforeEach
    void captureEverythingAtDebug() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        captured.setContext(context);
        captured.start();
        for (String name : loggers) {
            levels.add(context.getLogger(name).getLevel());
            context.getLogger(name).setLevel(Level.DEBUG);
        }
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(captured);
    }

    @AfterEach
    void restore() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(captured);
        for (int i = 0; i < loggers.size(); i++) {
            context.getLogger(loggers.get(i)).setLevel(levels.get(i));
        }
    }

    @Test
    void noClientIdentifyingTextReachesALogLineOrAnExceptionMessage() throws Exception {
        FaultyDatabase database = new FaultyDatabase(TestDatabases.h2());
        TestClinic clinic = new TestClinic(database.dataSource());
        SupervisionModule module = new SupervisionModuleFactory().create(clinic);
        Reviews reviews = module.reviews();
        String note = "phi-note";
        clinic.host.note(new ProgressNote(TestClinic.ORG, note, "client-phi", "clin",
                LocalDate.parse("2026-03-09"), "Individual psychotherapy, 53 min",
                NOTE_TEXT + "; call " + PHONE + " or " + EMAIL + "; " + GIVEN + " " + FAMILY + " born " + BORN));
        clinic.host.client(
                new ClientIdentity(TestClinic.ORG, "client-phi", GIVEN, FAMILY, BORN));

        module.disclosures().save(TestClinic.CLIN, save(clinic, note, 0, section(SUMMARY + " with " + GIVEN)));
        attempt(() -> module.disclosures().save(TestClinic.CLIN, save(clinic, note, 1,
                section(SUMMARY + " " + FAMILY + "x".repeat(20_000)))));
        attempt(() -> module.disclosures().save(TestClinic.CLIN, save(clinic, note, 1,
                WorkflowWorld.SECTION.replace("STRATEGIES", GIVEN + FAMILY))));
        attempt(() -> module.disclosures().save(TestClinic.CLIN2, save(clinic, note, 1, section(SUMMARY))));
        Review submitted = reviews.submit(TestClinic.CLIN, note, 0);
        Review started = reviews.startReview(TestClinic.SUP, note, submitted.version());
        Review commented = reviews.comment(TestClinic.SUP, note, started.version(), NewComment.onNote(COMMENT));
        attempt(() -> reviews.comment(TestClinic.SUP, note, started.version(), NewComment.onNote(COMMENT)));
        attempt(() -> reviews.comment(TestClinic.FOREIGN, note, commented.version(), NewComment.onNote(COMMENT)));
        attempt(() -> reviews.requestChanges(TestClinic.SUP, note, commented.version(), COMMENT + "y".repeat(20_000)));
        database.arm(FaultyDatabase.Fault.COMMIT_FAILS, 1);
        attempt(() -> reviews.comment(TestClinic.SUP, note, commented.version(), NewComment.onNote(COMMENT)));
        database.heal();
        Review returned = reviews.requestChanges(TestClinic.SUP, note, commented.version(), REASON);
        module.disclosures().save(TestClinic.CLIN, save(clinic, note, 1, section(SUMMARY + " again")));
        Review resubmitted = reviews.submit(TestClinic.CLIN, note, returned.version());
        Review coSigned = reviews.coSign(TestClinic.SUP, note, resubmitted.version());
        Addendum addendum = reviews.addAddendum(TestClinic.CLIN, note, ADDENDUM);
        Addendum submittedAddendum = reviews.submitAddendum(TestClinic.CLIN, note, addendum.addendumId(), 1);
        reviews.coSignAddendum(TestClinic.SUP, note, addendum.addendumId(), submittedAddendum.version());
        attempt(() -> reviews.coSign(TestClinic.SUP, note, coSigned.version()));
        module.disclosures().load(TestClinic.SUP, note);
        reviews.history(TestClinic.SUP, note);
        reviews.changedAfterCoSign(TestClinic.SUP, note);
        meeting(module.meetings(), clinic);
        module.policies().update(TestClinic.ADMIN, module.policies().defaultsJson(),
                module.policies().current(TestClinic.ADMIN).version());
        module.audit().report(TestClinic.ADMIN, AuditQuery.period(TestClinic.START.minus(Duration.ofDays(1)),
                clinic.clock.instant().plus(Duration.ofDays(1))));
        assertThat(module.audit().verify(TestClinic.ADMIN).intact()).isTrue();

        assertThat(captured.list).as("the flow logged at debug").isNotEmpty();
        assertThat(thrown).as("the flow met refusals, bad input and a fault").hasSizeGreaterThanOrEqualTo(7);
        for (ILoggingEvent event : captured.list) {
            String line = event.getFormattedMessage() + " " + event.getMDCPropertyMap()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertNoPhi("log line of " + event.getLoggerName(), line);
        }
        for (SupervisionException e : thrown) {
            StringBuilder text = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                text.append(t.getMessage()).append(' ');
            }
            if (e instanceof ValidationException invalid) {
                invalid.problems().forEach(p -> text.append(p.path()).append(' ').append(p.message()).append(' '));
            }
            assertNoPhi(e.getClass().getSimpleName() + " " + e.code(), text.toString());
        }
        System.err.printf("no PHI in logs: %d log lines and %d exception messages checked against %d values%n",
                captured.list.size(), thrown.size(), PHI.size());
    }

    private void meeting(Meetings meetings, TestClinic clinic) {
        Meeting planned = meetings.plan(TestClinic.SUP, new MeetingPlan(List.of("clin"),
                clinic.clock.instant().plus(Duration.ofHours(2)), 60, MeetingFormat.INDIVIDUAL, Modality.VIDEO));
        Meeting proposed = meetings.proposeAgenda(TestClinic.SUP, planned.id(), planned.version());
        Meeting topic = meetings.addFreeTopic(TestClinic.SUP, planned.id(), proposed.version(), MEETING_TEXT);
        clinic.clock.advance(Duration.ofHours(4));
        Meeting held = meetings.markHeld(TestClinic.SUP, planned.id(), topic.version());
        List<ItemNotes> items = held.agenda().stream()
                .map(item -> new ItemNotes(item.id(), MEETING_TEXT + " " + GIVEN, MEETING_TEXT)).toList();
        Meeting written = meetings.writeCaseNotes(TestClinic.SUP, planned.id(), held.version(),
                new CaseNotes(items, MEETING_TEXT));
        Meeting acted = meetings.addActionItem(TestClinic.SUP, planned.id(), written.version(),
                new NewActionItem(MEETING_TEXT, "clin", LocalDate.parse("2026-03-20")));
        Meeting signed = meetings.sign(TestClinic.SUP, planned.id(), acted.version());
        meetings.addAddendum(TestClinic.SUP, signed.id(), MEETING_TEXT + " " + FAMILY);
        attempt(() -> meetings.addFreeTopic(TestClinic.SUP, planned.id(), signed.version(), MEETING_TEXT));
        meetings.view(TestClinic.SUP, planned.id());
        meetings.hoursCsv(TestClinic.SUP, "clin", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"),
                ZoneOffset.UTC);
    }

    private void attempt(Supplier<?> action) {
        try {
            action.get();
        } catch (SupervisionException e) {
            thrown.add(e);
        }
    }

    private static void assertNoPhi(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phi : PHI) {
            assertThat(lower).as("%s must not contain client-identifying text", where)
                    .doesNotContain(phi.toLowerCase(Locale.ROOT));
        }
    }

    private static String section(String summary) {
        return WorkflowWorld.SECTION.replace("Shared a breathing exercise.", summary);
    }

    private static SaveSection save(TestClinic clinic, String noteId, long expectedVersion, String json) {
        ProgressNote note = clinic.noteOf(noteId);
        return new SaveSection(noteId, note.clientId(), note.clinicianId(), note.sessionDate(), expectedVersion, json);
    }
}
