package org.casenotes.supervision.host;

import java.util.concurrent.Callable;
import org.casenotes.supervision.host.plugin.PluginHost;
import org.casenotes.supervision.host.plugin.PluginStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Loads the plugins as the server does and prints what became of each. */
@Command(name = "plugins", description = "Load the plugins and print id, version and state of each.")
final class PluginsCommand implements Callable<Integer> {

    @Mixin
    private HostOptions options;

    @Override
    public Integer call() {
        try (PluginHost plugins = PluginHost.start(options.pluginsDir())) {
            for (PluginStatus status : plugins.statuses()) {
                System.out.println(status.line());
            }
            if (plugins.supervision().isPresent()) {
                System.out.println("supervision features: available");
                return 0;
            }
            System.out.println("supervision features: unavailable");
            return 1;
        }
    }
}
