package org.casenotes.supervision.host.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.ApiClient.Answer;
import org.casenotes.supervision.host.testing.RunningHost;
import org.casenotes.supervision.host.web.TrustedProxies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failed passwords slow guessing but never lock an honest user out: a stranger's wrong
 * sign-ins neither stop the account's owner signing in elsewhere nor touch a signed-in
 * session's co-sign; wrong co-sign passwords never stop sign-in; a valid sign-in from a slowed
 * address succeeds after the documented delay. The host believes the test as its proxy, so
 * each client speaks from its own address through {@code X-Forwarded-For}.
 */
class SignInThrottleIT {

    @TempDir
    static Path temp;

    static RunningHost host;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.start(temp, new TrustedProxies(Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1")));
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    private static ApiClient from(String address) {
        return host.client().header("X-Forwarded-For", address);
    }

    @Test
    void anAttackersWrongSignInsNeverBlockASignedInUsersCoSign() throws InterruptedException {
        ApiClient supervisor = from("10.1.0.1");
        assertThat(supervisor.login("supervisor-1", "demo").status()).isEqualTo(200);
        ApiClient attacker = from("10.1.0.66");
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(attacker.login("supervisor-1", "guess-" + i).status());
        }
        assertThat(statuses).contains(401, 429).doesNotContain(200);

        String noteId = submittedNoteOf(supervisor);
        long version = supervisor.post("/api/notes/" + noteId + "/review/start", "{\"version\":" + version(supervisor, noteId) + "}")
                .json().get("version").asLong();
        // The attacker's latest failure is counted just before the co-sign, so the account's backoff is running.
        assertThat(failOnceMore(attacker, "supervisor-1")).isEqualTo(401);
        Answer signed = supervisor.post("/api/notes/" + noteId + "/review/co-sign", "{\"version\":" + version + ",\"password\":\"demo\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("state").asText()).isEqualTo("CO_SIGNED");
    }

    @Test
    void anAttackersWrongSignInsNeverKeepTheOwnerFromSigningInFromTheirOwnAddress() {
        ApiClient attacker = from("10.2.0.66");
        for (int i = 0; i < 12; i++) {
            attacker.login("clinician-2", "guess-" + i);
        }
        Answer throttled = attacker.login("clinician-2", "demo");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("code").asText()).isEqualTo("login.throttled");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 60L);

        assertThat(from("10.2.0.7").login("clinician-2", "demo").status()).isEqualTo(200);
    }

    @Test
    void wrongCoSignPasswordsNeverStopTheUserSigningIn() {
        ApiClient admin = from("10.3.0.1");
        assertThat(admin.login("admin-1", "demo").status()).isEqualTo(200);
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(admin.post("/api/queue/co-sign", "{\"notes\":[{\"noteId\":\"n\",\"version\":1}],\"password\":\"wrong\"}")
                    .status());
        }
        assertThat(statuses).contains(403, 429);
        assertThat(from("10.3.0.1").login("admin-1", "demo").status()).isEqualTo(200);
        assertThat(from("10.3.0.2").login("admin-1", "demo").status()).isEqualTo(200);
    }

    @Test
    void aValidSignInFromASlowedAddressSucceedsAfterTheDocumentedDelay() {
        ApiClient crowd = from("10.4.0.9");
        for (String user : List.of("admin-1", "supervisor-1", "supervisor-2", "clinician-2", "org2-supervisor")) {
            for (int i = 0; i < 4; i++) {
                assertThat(crowd.login(user, "wrong-" + i).status()).isEqualTo(401);
            }
        }
        for (int i = 0; i < 5; i++) {
            from("10.4.0.9").login("nobody-" + i, "x");
        }
        long started = System.nanoTime();
        Answer wrong = from("10.4.0.9").login("org2-clinician", "wrong");
        Duration wrongTook = Duration.ofNanos(System.nanoTime() - started);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrongTook).isGreaterThanOrEqualTo(LoginThrottle.ADDRESS_DELAY);

        started = System.nanoTime();
        Answer valid = from("10.4.0.9").login("clinician-1", "demo");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(valid.status()).isEqualTo(200);
        assertThat(took).isGreaterThanOrEqualTo(LoginThrottle.ADDRESS_DELAY).isLessThan(LoginThrottle.ADDRESS_DELAY.plusSeconds(20));
        assertThat(from("10.4.0.10").login("clinician-1", "wrong").status()).isEqualTo(401);
    }

    @Test
    void failuresForAccountsThatDoNotExistNeverSlowAnAddress() {
        ApiClient prober = from("10.5.0.9");
        for (int i = 0; i < 25; i++) {
            prober.login("made-up-" + i, "x");
        }
        long started = System.nanoTime();
        assertThat(from("10.5.0.9").login("clinician-1", "demo").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LoginThrottle.ADDRESS_DELAY);
    }

    @Test
    void anAddressNamedByAnUntrustedClientIsIgnored() throws Exception {
        try (RunningHost plain = RunningHost.start(temp.resolve("plain"))) {
            for (int i = 0; i < 8; i++) {
                plain.client().header("X-Forwarded-For", "10.6.0." + i).login("clinician-1", "wrong");
            }
            Answer spoofed = plain.client().header("X-Forwarded-For", "10.6.0.200").login("clinician-1", "wrong");
            assertThat(spoofed.status()).as("all came from the same real address").isEqualTo(429);
            Answer tls = plain.client().header("X-Forwarded-Proto", "https").login("clinician-2", "demo");
            assertThat(tls.header("Set-Cookie")).doesNotContainIgnoringCase("secure");
        }
        Answer behindTls = from("10.6.1.1").header("X-Forwarded-Proto", "https").login("clinician-2", "demo");
        assertThat(behindTls.header("Set-Cookie")).containsIgnoringCase("secure");
    }

    /** Waits out the attacker's own backoff (as Retry-After says) and fails once more. */
    private static int failOnceMore(ApiClient attacker, String userId) throws InterruptedException {
        Answer answer = attacker.login(userId, "one-more-guess");
        while (answer.status() == 429) {
            Thread.sleep(Long.parseLong(answer.header("Retry-After")) * 1000);
            answer = attacker.login(userId, "one-more-guess");
        }
        return answer.status();
    }

    private static String submittedNoteOf(ApiClient supervisor) {
        JsonNode items = supervisor.get("/api/queue?state=SUBMITTED").json().get("items");
        assertThat(items.size()).as("the demo practice has a submitted note").isPositive();
        return items.get(0).get("noteId").asText();
    }

    private static long version(ApiClient supervisor, String noteId) {
        return supervisor.get("/api/notes/" + noteId).json().get("review").get("version").asLong();
    }
}
