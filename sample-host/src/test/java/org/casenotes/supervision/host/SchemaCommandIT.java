package org.casenotes.supervision.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code sample-host schema self-disclosure} prints the plugin's published form through PF4J. */
class SchemaCommandIT {

    private static final String PLUGINS = System.getProperty("supervision.pluginZipDir", "target/plugins");

    @Test
    void printsTheSelfDisclosureSchemaInEnglishByDefault() throws Exception {
        Run run = run("schema", "self-disclosure", "--plugins", PLUGINS);

        assertThat(run.exitCode).isZero();
        JsonNode schema = new ObjectMapper().readTree(run.out);
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.at("/x-ui/language").asText()).isEqualTo("en");
    }

    @Test
    void printsTheSpanishLabelsWithTheSpanishLocale() throws Exception {
        Run run = run("schema", "self-disclosure", "--locale", "es", "--plugins", PLUGINS);

        assertThat(run.exitCode).isZero();
        JsonNode schema = new ObjectMapper().readTree(run.out);
        assertThat(schema.at("/x-ui/language").asText()).isEqualTo("es");
        assertThat(schema.at("/$defs/entry/properties/motiveCheck/title").asText()).isEqualTo("¿Por qué lo estoy contando?");
    }

    @Test
    void failsClearlyWithoutThePlugin() {
        Run run = run("schema", "self-disclosure", "--plugins", "target/no-such-plugins-folder");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
    }

    @Test
    void refusesAnUnknownForm() {
        assertThat(run("schema", "intake", "--plugins", PLUGINS).exitCode).isNotZero();
    }

    private static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exitCode = Main.run(args);
            return new Run(exitCode, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private record Run(int exitCode, String out) {
    }
}
