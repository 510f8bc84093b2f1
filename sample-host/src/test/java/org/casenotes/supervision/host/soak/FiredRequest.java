package org.casenotes.supervision.host.soak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.casenotes.supervision.host.testing.ApiClient;

/**
 * A POST sent without waiting, in the session of a signed-in {@link ApiClient}, so the host can
 * be killed while it works. Its outcome is the status the client saw, or none.
 */
final class FiredRequest {

    private final long startedNanos = System.nanoTime();
    private final CompletableFuture<HttpResponse<byte[]>> response;
    private volatile long tookMillis = -1;

    private FiredRequest(CompletableFuture<HttpResponse<byte[]>> response) {
        this.response = response.whenComplete((r, e) -> tookMillis = (System.nanoTime() - startedNanos) / 1_000_000);
    }

    static FiredRequest post(ApiClient session, String csrfToken, String url, String json) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(session.cookies()).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-CSRF-Token", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return new FiredRequest(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** The status the client received, or -1 when the host died before answering. */
    int status() throws InterruptedException {
        try {
            return response.get(60, TimeUnit.SECONDS).statusCode();
        } catch (ExecutionException e) {
            return -1;
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer and no broken connection after 60 s", e);
        }
    }

    byte[] body() throws InterruptedException, ExecutionException {
        return response.get().body();
    }

    boolean done() {
        return response.isDone();
    }

    long tookMillis() {
        return tookMillis;
    }
}
