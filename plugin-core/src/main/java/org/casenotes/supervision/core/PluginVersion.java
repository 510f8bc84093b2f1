package org.casenotes.supervision.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The plugin's version as built, read from a resource the build fills in. */
final class PluginVersion {

    private static final String VERSION = load();

    private PluginVersion() {
    }

    static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = PluginVersion.class.getResourceAsStream("plugin-version.properties")) {
            if (in == null) {
                throw new IOException("plugin-version.properties is missing from the plugin");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
