package org.casenotes.supervision.host.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.Reviews;

/**
 * Seeds self-disclosure sections and reviews in every state for the demo notes, replaying
 * eight weeks of practice on a clock that walks forward through them, so due dates, overdue
 * notes and the backup supervisor's dated period all come out as they would in real use.
 */
public final class DemoReviews {

    private static final Actor SUPERVISOR = new Actor("supervisor-1", DemoPeople.ORG, java.util.Set.of(Role.SUPERVISOR));
    private static final Actor BACKUP = new Actor("supervisor-2", DemoPeople.ORG, java.util.Set.of(Role.SUPERVISOR, Role.CLINICIAN));
    private static final Actor ORG2_SUPERVISOR = new Actor("org2-supervisor", DemoPeople.ORG2, java.util.Set.of(Role.SUPERVISOR));

    private DemoReviews() {
    }

    /**
     * Seeds what is missing: a note that already has a section keeps it, a note already
     * submitted keeps its review, so an interrupted run can simply be repeated.
     *
     * @param moduleOnClock creates a module whose host clock is the given clock
     * @param today the last day of the demo
     * @param zone the practice's time zone
     * @return how many notes were documented (0 when already seeded)
     */
    public static int seed(Function<Clock, SupervisionModule> moduleOnClock, LocalDate today, ZoneId zone) {
        List<DemoNote> notes = new ArrayList<>(DemoData.notes(today));
        notes.sort(Comparator.comparing(DemoNote::sessionDate).thenComparing(DemoNote::id));
        WalkingClock clock = new WalkingClock(zone, notes.get(0).sessionDate().atTime(18, 0).atZone(zone).toInstant());
        int added = 0;
        try (SupervisionModule module = moduleOnClock.apply(clock)) {
            List<Step> steps = new ArrayList<>();
            for (DemoNote note : notes) {
                if (documented(module, note)) {
                    continue;
                }
                added++;
                steps.add(new Step(note.sessionDate().atTime(18, 0).atZone(zone).toInstant(), steps.size(),
                        () -> document(module, note)));
                plan(module, new Progress(note), zone, today, steps);
            }
            steps.sort(Comparator.comparing(Step::at).thenComparing(Step::order));
            for (Step step : steps) {
                clock.moveTo(step.at());
                step.action().run();
            }
            clock.moveTo(Instant.now());
            module.reviews().checkOverdue(DemoPeople.ORG, Instant.now());
            return added;
        }
    }

    /** One thing done at one time; the walk runs them in time order. */
    private record Step(Instant at, int order, Runnable action) {
    }

    /** A note's review as the walk moves it along. */
    private static final class Progress {
        final DemoNote note;
        Review review;

        Progress(DemoNote note) {
            this.note = note;
        }
    }

    private static boolean documented(SupervisionModule module, DemoNote note) {
        try {
            module.disclosures().load(clinician(note), note.id());
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static void document(SupervisionModule module, DemoNote note) {
        int clientIndex = clientIndex(note);
        DemoSections.Kind kind = DemoSections.kindFor(clientIndex, sessionOf(note));
        module.disclosures().save(clinician(note), new SaveSection(note.id(), note.clientId(), note.clinicianId(),
                note.sessionDate(), 0, DemoSections.json(kind)));
    }

    /** Older notes end co-signed; recent ones are spread over every state, some overdue. */
    private static void plan(SupervisionModule module, Progress p, ZoneId zone, LocalDate today, List<Step> steps) {
        Reviews reviews = module.reviews();
        DemoNote note = p.note;
        Actor clinician = clinician(note);
        Actor supervisor = note.org().equals(DemoPeople.ORG2) ? ORG2_SUPERVISOR : SUPERVISOR;
        long age = java.time.temporal.ChronoUnit.DAYS.between(note.sessionDate(), today);
        int pick = Math.floorMod(note.id().hashCode(), 10);
        Instant day1 = age <= 1 ? note.sessionDate().atTime(19, 0).atZone(zone).toInstant()
                : note.sessionDate().plusDays(1).atTime(9, 0).atZone(zone).toInstant();
        if (age <= 2 && pick < 4) {
            return; // still a draft
        }
        at(steps, day1, () -> p.review = reviews.submit(clinician, note.id(), 0));
        if (age <= 2 && pick == 9) {
            at(steps, day1.plus(Duration.ofHours(2)), () -> p.review = reviews.withdraw(clinician, note.id(), p.review.version()));
            return;
        }
        if (age >= 9 && age <= 20 && pick < 3) {
            return; // submitted long ago and not yet co-signed: overdue
        }
        if (age < 4) {
            return; // waiting in the queue
        }
        Instant start = day1.plus(Duration.ofHours(26));
        at(steps, start, () -> p.review = reviews.startReview(supervisor, note.id(), p.review.version()));
        boolean flaggedNote = DemoSections.kindFor(clientIndex(note), sessionOf(note)) != DemoSections.Kind.NONE
                && DemoSections.kindFor(clientIndex(note), sessionOf(note)) != DemoSections.Kind.ROUTINE;
        Instant decision = start.plus(Duration.ofHours(1));
        if (flaggedNote && pick < 6) {
            at(steps, decision, () -> {
                p.review = reviews.comment(supervisor, note.id(), p.review.version(), new NewComment(null, 0,
                        "What did you hope this disclosure would do for the client at that moment?"));
                p.review = reviews.requestChanges(supervisor, note.id(), p.review.version(),
                        "Please add your reasoning about the motive and how you returned the focus to the client.");
            });
            if (age < 9) {
                return; // changes requested, not yet answered
            }
            at(steps, decision.plus(Duration.ofHours(24)), () -> {
                p.review = reviews.comment(clinician, note.id(), p.review.version(), new NewComment(null, 0,
                        "I hoped it would normalise the grief; on reflection it moved the focus to me for a while."));
                p.review = reviews.submit(clinician, note.id(), p.review.version());
            });
            decision = decision.plus(Duration.ofHours(48));
            Instant restart = decision;
            at(steps, restart, () -> p.review = reviews.startReview(supervisor, note.id(), p.review.version()));
            decision = decision.plus(Duration.ofHours(1));
        }
        if (age < 7 && pick % 2 == 0) {
            return; // in review
        }
        Actor signer = note.org().equals(DemoPeople.ORG) && age <= 6 && pick % 3 == 0 ? BACKUP : supervisor;
        at(steps, decision, () -> p.review = reviews.coSign(signer, note.id(), p.review.version()));
    }

    private static void at(List<Step> steps, Instant when, Runnable action) {
        steps.add(new Step(when, steps.size(), action));
    }

    private static Actor clinician(DemoNote note) {
        return new Actor(note.clinicianId(), note.org(), java.util.Set.of(Role.CLINICIAN));
    }

    private static int clientIndex(DemoNote note) {
        for (int i = 0; i < DemoPeople.CLIENTS.size(); i++) {
            if (DemoPeople.CLIENTS.get(i).id().equals(note.clientId())) {
                return i;
            }
        }
        return 0;
    }

    private static int sessionOf(DemoNote note) {
        return (int) (note.sessionDate().toEpochDay() / 7 % 53);
    }

    /** A clock the seeding moves forward; read by the plugin for every time stamp. */
    static final class WalkingClock extends Clock {
        private final ZoneId zone;
        private volatile Instant now;

        WalkingClock(ZoneId zone, Instant start) {
            this.zone = zone;
            this.now = start;
        }

        void moveTo(Instant instant) {
            if (instant.isAfter(now)) {
                now = instant;
            }
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new WalkingClock(other, now);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
