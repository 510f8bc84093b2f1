package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/people}: names for ids and the supervisees a user may pick, within one practice. */
class StaffIT {

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
    void aSupervisorSeesTheirPracticeByNameWithTheirSuperviseesPickable() {
        JsonNode items = people("supervisor-1");
        assertThat(names(items)).contains("Jordan Ellis", "Priya Raman", "Dr. Renée Okafor").doesNotContain("Dr. Hana Sato");
        assertThat(pickable(items)).containsExactlyInAnyOrder("clinician-1", "clinician-2");
    }

    @Test
    void theBackupSupervisorMayPickTheSuperviseesTheyStandInFor() {
        assertThat(pickable(people("supervisor-2"))).containsExactlyInAnyOrder("clinician-1", "clinician-2");
    }

    @Test
    void anotherPracticeSeesNoneOfThisPracticesStaffAndAClinicianPicksNobody() {
        JsonNode other = people("org2-supervisor");
        assertThat(names(other)).doesNotContain("Jordan Ellis", "Dr. Renée Okafor");
        assertThat(pickable(other)).containsExactly("org2-clinician");
        assertThat(pickable(people("clinician-1"))).isEmpty();
    }

    @Test
    void withoutASessionThereIsNoList() {
        assertThat(host.client().get("/api/people").status()).isEqualTo(401);
    }

    private static JsonNode people(String user) {
        ApiClient client = host.client();
        client.login(user, "demo");
        ApiClient.Answer answer = client.get("/api/people");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("items");
    }

    private static List<String> names(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(p -> out.add(p.get("displayName").asText()));
        return out;
    }

    private static List<String> pickable(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(p -> {
            if (p.get("supervisee").asBoolean()) {
                out.add(p.get("userId").asText());
            }
        });
        return out;
    }
}
