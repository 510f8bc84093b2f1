package org.casenotes.supervision.host.clinic;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.casenotes.supervision.api.SupervisionModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's schedule for the plugin's pending events: once a minute it asks the module to
 * deliver what its outbox still holds (events whose delivery failed, for instance while the
 * event inbox was unavailable). The module also delivers at start and after every action.
 */
public final class PendingEventRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PendingEventRelay.class);
    private static final long PERIOD_SECONDS = 60;

    private final ScheduledExecutorService scheduler;

    private PendingEventRelay(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Starts the schedule.
     *
     * @param module the module whose outbox to drain
     * @return the running relay; close it before the module
     */
    public static PendingEventRelay start(SupervisionModule module) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "pending-events");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int delivered = module.deliverPendingEvents();
                if (delivered > 0) {
                    LOG.info("delivered {} pending supervision events", delivered);
                }
            } catch (RuntimeException e) {
                LOG.warn("pending supervision events not delivered: {}", e.getMessage());
            }
        }, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        return new PendingEventRelay(scheduler);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
