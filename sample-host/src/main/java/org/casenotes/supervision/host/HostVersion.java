package org.casenotes.supervision.host;

import org.casenotes.supervision.api.ApiVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the host's version and the plugin API version it offers. */
final class HostVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {
            "sample-host " + (version == null ? "dev" : version),
            "supervision plugin API " + ApiVersion.current()
        };
    }
}
