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
    private final java.util.Map<String, String> fixedHeaders = new java.util.LinkedHashMap<>();

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
     * Sends a header with every request from now on, such as {@code X-Forwarded-For} as a
     * trusted proxy would.
     *
     * @param name the header
     * @param value its value
     * @return this client
     */
    public ApiClient header(String name, String value) {
        fixedHeaders.put(name, value);
        return this;
    }

    /**
     * Sends any request with any body and content type, with the CSRF token.
     *
     * @param method the HTTP method
     * @param path the path
     * @param contentType the Content-Type, or {@code null} for none
     * @param body the bytes, or {@code null} for no body
     * @return the answer
     */
    public Answer send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(withCsrf(request));
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
            fixedHeaders.forEach(request::header);
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
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
