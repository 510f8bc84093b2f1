package org.casenotes.supervision.host.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers before a request reaches the application (a malformed or
 * ambiguous URI, invalid UTF-8 in the path) as RFC 9457 problem documents too, for every
 * method, never as an HTML page or an empty body. The request's own text is not echoed back,
 * and the connection is closed after the answer because its unread body cannot be trusted.
 */
final class ProblemErrorHandler extends ErrorHandler {

    /** Jetty writes an error body only for GET, POST and HEAD by default; every method gets its problem here. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String title = code == 400 ? "Bad request" : code == 404 ? "Not found" : code == 413 ? "Request too large"
                : code >= 500 ? "Server error" : "Request refused";
        String body = "{\"type\":\"https://casenotes.org/problems/http." + code + "\",\"title\":\"" + title + "\",\"status\":"
                + code + ",\"detail\":\"the request could not be read as a valid HTTP request (" + code + ")\",\"code\":\"http."
                + code + "\"}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        // The request was refused before its body was read: the connection cannot be reused.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
