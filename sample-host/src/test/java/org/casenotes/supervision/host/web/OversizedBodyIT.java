package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused body is answered even when the client sends all of it at once without waiting for
 * {@code 100-continue}: each of 300 raw-socket requests with a 2 MB body gets its status line
 * (413 for an oversized sign-in, 401 for an unsigned write), never a reset connection.
 */
class OversizedBodyIT {

    static final int REQUESTS = 300;
    static final int BODY_BYTES = 2 * 1024 * 1024;

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
    void everyOversizedOrRefusedBodySentAtOnceGetsItsStatus() throws IOException {
        byte[] body = new byte[BODY_BYTES];
        java.util.Arrays.fill(body, (byte) 'x');
        int answered = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String path = i % 2 == 0 ? "/api/login" : "/api/notes";
            int expected = i % 2 == 0 ? 413 : 401;
            try {
                int status = send(path, body);
                if (status == expected) {
                    answered++;
                } else {
                    failures.add(i + ": " + status);
                }
            } catch (IOException e) {
                failures.add(i + ": " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(answered).isEqualTo(REQUESTS);
    }

    /** One request on a fresh connection; the headers and the whole body go out in one write. */
    private static int send(String path, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", host.server().port())) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream(body.length + 256);
            request.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(body);
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            return statusOf(socket.getInputStream());
        }
    }

    private static int statusOf(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        String[] parts = line.toString().split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("no status line, got '" + line + "'");
        }
        return Integer.parseInt(parts[1]);
    }
}
