package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served OpenAPI 3.1 document describes every route the server answers, and nothing else. */
class OpenApiIT {

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
    void theDocumentIsOpenApi31AndServedWithoutSignIn() {
        JsonNode doc = host.client().get("/api/openapi.json").json();
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void everyRouteOfTheServerIsDescribedAndEveryDescribedRouteExists() {
        JsonNode paths = host.client().get("/api/openapi.json").json().get("paths");
        List<String> described = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        List<String> served = host.server().routes().stream().filter(r -> r.contains(" /api/") || r.endsWith(" /health")).toList();
        assertThat(described).containsExactlyInAnyOrderElementsOf(served);
    }
}
