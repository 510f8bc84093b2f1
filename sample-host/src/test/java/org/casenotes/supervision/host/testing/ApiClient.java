package org.casenotes.supervision.host.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A browser-like HTTP client: keeps cookies, sends the CSRF token it was given at sign-in. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrfToken;

    public ApiClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A response with its body parsed when it is JSON. */
    public record Answer(int status, String contentType, String body, HttpResponse<byte[]> raw) {

        /**
         * The body as JSON.
         *
         * @return the parsed body
         */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /**
         * A response header.
         *
         * @param name the header
         * @return its first value or {@code ""}
         */
        public String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }
    }

    /**
     * Signs in and remembers the CSRF token.
     *
     * @param userId the user
     * @param password the password
     * @return the answer
     */
    public Answer login(String userId, String password) {
        Answer answer = post("/api/login", "{\"userId\":\"" + userId + "\",\"password\":\"" + password + "\"}");
        if (answer.status() == 200) {
            csrfToken = answer.json().get("csrfToken").asText();
        }
        return answer;
    }

    /**
     * GET a path.
     *
     * @param path the path
     * @return the answer
     */
    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /**
     * POST JSON with the CSRF token.
     *
     * @param path the path
     * @param json the body
     * @return the answer
     */
    public Answer post(String path, String json) {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))));
    }

    /**
     * PUT JSON with the CSRF token.
     *
     * @param path the path
     * @param json the body
     * @return the answer
     */
    public Answer put(String path, String json) {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json))));
    }

    /**
     * POST raw bytes with or without the CSRF token.
     *
     * @param path the path
     * @param body the bytes
     * @param csrf whether to send the token
     * @return the answer
     */
    public Answer postBytes(String path, byte[] body, boolean csrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(csrf ? withCsrf(request) : request);
    }

    /**
     * The cookie jar, for tests of cookie flags.
     *
     * @return the jar
     */
    public CookieManager cookies() {
        return cookies;
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
        return csrfToken == null ? request : request.header("X-CSRF-Token", csrfToken);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
            HttpResponse<byte[]> response;
            try {
                response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                // A pooled connection the server closed after refusing an unread body (413) fails
                // before the request is sent; the request is sent again on a new connection.
                if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                    throw e;
                }
                response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
