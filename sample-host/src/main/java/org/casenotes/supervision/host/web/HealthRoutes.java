package org.casenotes.supervision.host.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.plugin.PluginHost;

/** {@code GET /health}: plugin and database status as JSON, 200 when all is well, 503 otherwise. */
final class HealthRoutes {

    private final ClinicDatabase database;
    private final PluginHost plugins;
    private final Optional<SupervisionModule> module;
    private final String fault;

    HealthRoutes(ClinicDatabase database, PluginHost plugins, Optional<SupervisionModule> module, String fault) {
        this.database = database;
        this.plugins = plugins;
        this.module = module;
        this.fault = fault;
    }

    void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/health", ctx -> {
            Map<String, Object> body = report();
            ctx.status("UP".equals(body.get("status")) ? 200 : 503).json(body);
        });
    }

    Map<String, Object> report() {
        boolean databaseUp = module.map(SupervisionModule::databaseReachable).orElseGet(this::hostDatabaseReachable);
        Map<String, Object> supervision = new LinkedHashMap<>();
        supervision.put("available", module.isPresent());
        module.ifPresent(m -> {
            supervision.put("version", m.version());
            supervision.put("schemaVersion", m.schemaVersion());
        });
        if (fault != null) {
            supervision.put("reason", fault);
        }
        List<Map<String, String>> pluginList = plugins.statuses().stream().map(s -> {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("id", s.id());
            p.put("version", s.version());
            p.put("state", s.state());
            if (!s.reason().isEmpty()) {
                p.put("reason", s.reason());
            }
            return p;
        }).toList();

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", databaseUp && module.isPresent() ? "UP" : databaseUp ? "DEGRADED" : "DOWN");
        body.put("database", Map.of("kind", database.kind(), "reachable", databaseUp));
        body.put("supervision", supervision);
        body.put("plugins", pluginList);
        return body;
    }

    private boolean hostDatabaseReachable() {
        try (var connection = database.dataSource().getConnection()) {
            return connection.isValid(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }
}
