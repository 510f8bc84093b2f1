package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The whole demo flow with every logger at DEBUG: no client name, date of birth, contact
 * detail, note text, disclosure summary or comment text reaches any log line.
 */
class NoClientDataInLogsIT {

    @TempDir
    Path temp;

    @Test
    void noClientIdentifyingTextReachesAnyLogLine() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.DEBUG);
        java.util.Map<Logger, Level> configured = new java.util.HashMap<>();
        for (Logger logger : context.getLoggerList()) {
            if (logger != root && logger.getLevel() != null) {
                configured.put(logger, logger.getLevel());
                logger.setLevel(Level.DEBUG);
            }
        }
        List<String> secrets = new ArrayList<>(List.of("García-López", "María José", "Dvořák", "Παπαδόπουλος", "Смирнова",
                "כהן", "1988-03-14", "+1 555 0101", "client01@example.org", "Client reports on",
                "I also lost my father", "What did you hope this disclosure", "Unique clinical phrase 4711"));
        try (RunningHost host = RunningHost.start(temp)) {
            ApiClient clinician = host.client();
            clinician.login("clinician-1", "demo");
            String noteId = clinician.post("/api/notes", "{\"clientId\":\"client-01\",\"sessionDate\":\"" + LocalDate.now()
                    + "\",\"service\":\"x\",\"text\":\"Unique clinical phrase 4711\"}").json().get("noteId").asText();
            clinician.put("/api/notes/" + noteId + "/disclosure", "{\"expectedVersion\":0,\"section\":"
                    + ReviewFlowIT.FLAGGED.replace("grieved my own father", "grieved Unique clinical phrase 4711") + "}");
            clinician.put("/api/notes/" + noteId + "/disclosure", "{\"expectedVersion\":0,\"section\":{\"summary\":\"María José\"}}");
            clinician.post("/api/notes/" + noteId + "/review/submit", "{\"version\":0}");
            ApiClient supervisor = host.client();
            supervisor.login("supervisor-1", "demo");
            supervisor.get("/api/queue?flagged=true");
            supervisor.get("/api/notes/" + noteId);
            supervisor.post("/api/notes/" + noteId + "/comments", "{\"version\":1,\"text\":\"Unique clinical phrase 4711 again\"}");
            supervisor.post("/api/notes/" + noteId + "/review/co-sign", "{\"version\":2,\"password\":\"wrong\"}");
            supervisor.post("/api/notes/" + noteId + "/review/co-sign", "{\"version\":2,\"password\":\"demo\"}");
            supervisor.get("/api/meetings");
            supervisor.get("/api/hours?supervisee=clinician-1");
            host.client().login("García-López", "guess");
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
            configured.forEach(Logger::setLevel);
        }
        assertThat(captured.list).hasSizeGreaterThan(50);
        for (ILoggingEvent event : captured.list) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String secret : secrets) {
                assertThat(line).as("log line from " + event.getLoggerName()).doesNotContain(secret);
            }
        }
    }
}
