package org.casenotes.supervision.host.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and discards what is left of a request body before a refusal is answered. A server
 * that answers and closes while the client is still sending makes the client's TCP stack
 * reset the connection, and the client then often never sees the answer (a broken pipe
 * instead of a 413 or 401). Up to {@value #DRAIN_LIMIT} bytes are drained so the status
 * always arrives and the connection stays usable; beyond that the answer says
 * {@code Connection: close}. Reads block at most for the server's idle timeout. Thread-safe
 * (stateless).
 */
final class UnreadBodies {

    /** The most a refused request's body is read to deliver its answer: twice the largest accepted body. */
    static final long DRAIN_LIMIT = 2 * ClinicServer.MAX_BODY_BYTES + 1_000_000;

    private UnreadBodies() {
    }

    /**
     * Drains the rest of the request body, or marks the connection to be closed.
     *
     * @param ctx the request being refused
     */
    static void drain(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > DRAIN_LIMIT) {
            ctx.header("Connection", "close");
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                read += n;
                if (read > DRAIN_LIMIT) {
                    ctx.header("Connection", "close");
                    return;
                }
            }
        } catch (IOException | IllegalStateException e) {
            ctx.header("Connection", "close");
        }
    }
}
