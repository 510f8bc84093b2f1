package org.casenotes.supervision.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this host API contract. A host sets it as PF4J's system version so that a
 * plugin's {@code Plugin-Requires} range is checked against it.
 */
public final class ApiVersion {

    private ApiVersion() {
    }

    /**
     * The contract version, such as {@code 1.0.0}.
     *
     * @return the semantic version of this API
     * @throws UncheckedIOException when the version resource is missing from the jar
     */
    public static String current() {
        try (InputStream in = ApiVersion.class.getResourceAsStream("api-version.properties")) {
            if (in == null) {
                throw new IOException("api-version.properties missing");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
