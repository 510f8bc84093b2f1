package org.casenotes.supervision.host.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.casenotes.supervision.host.web.ClinicServer;
import org.casenotes.supervision.host.web.TrustedProxies;

/**
 * The real sample host on a random port: fresh in-memory H2, the built plugin zip, the demo
 * practices. Tests talk to it over HTTP with {@link ApiClient}.
 */
public final class RunningHost implements AutoCloseable {

    private final ClinicServer server;

    private RunningHost(ClinicServer server) {
        this.server = server;
    }

    /**
     * Starts a host with demo data in a temporary folder.
     *
     * @param temp a folder the test owns
     * @return the running host
     * @throws Exception when it cannot start
     */
    public static RunningHost start(Path temp) throws Exception {
        return start(temp, TrustedProxies.none());
    }

    /**
     * Starts a host with demo data that believes the forwarding headers of some proxies.
     *
     * @param temp a folder the test owns
     * @param proxies the trusted proxies, such as {@code 127.0.0.1} to let a test speak as one
     * @return the running host
     * @throws Exception when it cannot start
     */
    public static RunningHost start(Path temp, TrustedProxies proxies) throws Exception {
        Path plugins = PluginZips.folderWithBuiltPlugin(Files.createDirectories(temp.resolve("host")));
        return new RunningHost(ClinicServer.start(new ClinicServer.Settings(temp.resolve("data"),
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", plugins, 0, true, proxies)));
    }

    /**
     * The base URL, such as {@code http://localhost:41234}.
     *
     * @return the URL without a trailing slash
     */
    public String url() {
        return "http://localhost:" + server.port();
    }

    /**
     * A new client with its own cookie jar.
     *
     * @return the client
     */
    public ApiClient client() {
        return new ApiClient(url());
    }

    /**
     * The server, for tests that inspect it.
     *
     * @return the server
     */
    public ClinicServer server() {
        return server;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
