package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The published {@code packet.schema.json}, applied to a packet's embedded {@code packet.json}. */
final class PacketJsonSchema {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(text(), InputFormat.JSON);

    private PacketJsonSchema() {
    }

    static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream()
                .map(e -> e.getInstanceLocation() + " " + e.getKeyword() + ": " + e.getMessage()).toList();
    }

    static void assertValid(String json) {
        assertThat(errors(json)).isEmpty();
    }

    private static String text() {
        try (InputStream in = PacketJsonSchema.class.getResourceAsStream(
                "/org/casenotes/supervision/core/json/packet.schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
