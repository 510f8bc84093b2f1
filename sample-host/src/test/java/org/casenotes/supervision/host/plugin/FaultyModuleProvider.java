package org.casenotes.supervision.host.plugin;

import java.lang.reflect.Proxy;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.SupervisionModuleProvider;
import org.pf4j.Extension;

/**
 * A plugin extension whose module starts fine but fails inside every feature call, packed into
 * a test zip to prove the host answers 503 for those calls and keeps serving the rest.
 */
@Extension
public class FaultyModuleProvider implements SupervisionModuleProvider {

    @Override
    public SupervisionModule create(HostContext host) {
        return (SupervisionModule) Proxy.newProxyInstance(SupervisionModule.class.getClassLoader(),
                new Class<?>[] {SupervisionModule.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "version" -> "0.0.1";
                    case "schemaVersion" -> "0";
                    case "databaseReachable" -> true;
                    case "close" -> null;
                    case "toString" -> "faulty module";
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    default -> throw new IllegalStateException("NoClassDefFoundError inside the plugin");
                });
    }
}
