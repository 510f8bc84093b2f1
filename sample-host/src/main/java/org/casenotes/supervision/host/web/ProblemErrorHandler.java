package org.casenotes.supervision.host.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers before a request reaches the application (a malformed or
 * ambiguous URI, invalid UTF-8 in the path) as RFC 9457 problem documents too, for every
 * method, never as an HTML page or an empty body. The request's own text is not echoed back,
 * and the connection is closed after the answer because its unread body cannot be trusted. The
 * words are in the language of the {@code Accept-Language} header (the query is not read).
 */
final class ProblemErrorHandler extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProblemWords words;

    ProblemErrorHandler(ProblemWords words) {
        this.words = words;
    }

    /** Jetty writes an error body only for GET, POST and HEAD by default; every method gets its problem here. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        Locale locale = Languages.ofHeader(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://casenotes.org/problems/http." + code);
        problem.put("title", words.title(code, locale));
        problem.put("status", code);
        problem.put("detail", words.sentence("http." + code, locale).orElseGet(() -> words.sentence("http.400", locale)
                .orElseThrow()));
        problem.put("code", "http." + code);
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document of strings and a number is always written", e);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE, locale.getLanguage());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        // The request was refused before its body was read: the connection cannot be reused.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
