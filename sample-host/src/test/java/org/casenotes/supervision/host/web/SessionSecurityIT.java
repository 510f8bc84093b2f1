package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.ApiClient.Answer;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in, sessions, CSRF and body limits over real HTTP against the running host. */
class SessionSecurityIT {

    @TempDir
    static Path temp;

    static RunningHost host;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.start(temp);
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    @Test
    void theApiRequiresASessionAndSaysSoAsAProblemDocument() {
        Answer answer = host.client().get("/api/me");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asText()).isEqualTo("session.required");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void signingInSetsAnHttpOnlySameSiteStrictCookieWithANewIdEachTime() {
        ApiClient client = host.client();
        Answer first = client.login("supervisor-1", "demo");
        assertThat(first.status()).isEqualTo(200);
        String cookie = first.header("Set-Cookie");
        assertThat(cookie).contains("sr_session=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String firstId = sessionId(cookie);

        Answer second = client.login("supervisor-1", "demo");
        assertThat(sessionId(second.header("Set-Cookie"))).isNotEqualTo(firstId);
        assertThat(client.get("/api/me").json().get("userId").asText()).isEqualTo("supervisor-1");
    }

    @Test
    void aStateChangingRequestWithoutTheCsrfTokenIsRefused() {
        ApiClient client = host.client();
        client.login("clinician-1", "demo");
        Answer answer = client.postBytes("/api/logout", new byte[0], false);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("code").asText()).isEqualTo("csrf.invalid");
        assertThat(client.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSessionForGood() {
        ApiClient client = host.client();
        client.login("clinician-1", "demo");
        assertThat(client.post("/api/logout", "").status()).isEqualTo(204);
        assertThat(client.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        Answer answer = host.client().login("clinician-2", "wrong");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("detail").asText()).isEqualTo("The user id or password is wrong.");
    }

    @Test
    void repeatedFailedSignInsAreRateLimited() {
        ApiClient client = host.client();
        for (int i = 0; i < 5; i++) {
            assertThat(client.login("admin-1", "guess-" + i).status()).isEqualTo(401);
        }
        Answer throttled = client.login("admin-1", "demo");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("code").asText()).isEqualTo("login.throttled");
        assertThat(throttled.header("Retry-After")).isNotEmpty();
    }

    @Test
    void aBodyOverTheLimitGets413() {
        ApiClient client = host.client();
        client.login("clinician-1", "demo");
        byte[] huge = new byte[1_500_000];
        Arrays.fill(huge, (byte) 'a');
        Answer answer = client.postBytes("/api/logout", huge, true);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownJsonPropertyGets400NamingItsPath() {
        Answer answer = host.client().post("/api/login", "{\"userId\":\"x\",\"password\":\"y\",\"admin\":true}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("pointer").asText()).isEqualTo("/admin");
        assertThat(answer.json().get("errors").get(0).get("code").asText()).isEqualTo("unknown-property");
    }

    @Test
    void malformedJsonGets400NotA500() {
        Answer answer = host.client().post("/api/login", "{\"userId\": ");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asText()).isEqualTo("body.malformed");
    }

    @Test
    void apiResponsesAreNeverCached() {
        ApiClient client = host.client();
        client.login("clinician-1", "demo");
        assertThat(client.get("/api/me").header("Cache-Control")).isEqualTo("no-store");
    }

    private static String sessionId(String setCookie) {
        return setCookie.replaceAll(".*sr_session=([^;]*).*", "$1");
    }
}
