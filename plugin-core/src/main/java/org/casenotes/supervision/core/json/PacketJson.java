package org.casenotes.supervision.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.core.packet.NoteSection;
import org.casenotes.supervision.core.packet.NoteSource;
import org.casenotes.supervision.core.packet.PacketContent;

/**
 * The packet's structured data as JSON: the {@code packet.json} embedded in every packet.
 * The same content always gives the same bytes. Thread-safe.
 */
public final class PacketJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(Json.factory().build())
            .addModule(timeModule())
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .build();

    private PacketJson() {
    }

    /**
     * The document written into {@code packet.json}.
     *
     * @param format the format's version, so readers can tell future changes apart
     * @param identityMode how clients are named in this packet
     * @param language the packet's language tag
     * @param packet the packet's content
     */
    public record Document(int format, IdentityMode identityMode, String language,
            PacketContent packet) {
    }

    /**
     * Writes the packet's data; leaves the stream open.
     *
     * @param content the packet's content
     * @param options the export options (identity mode and language are recorded)
     * @param out where to write
     * @throws IOException when writing fails
     */
    public static void write(PacketContent content, PacketOptions options, OutputStream out)
            throws IOException {
        Document document = new Document(1, options.identity(),
                options.locale().toLanguageTag(), content);
        try (JsonGenerator generator = MAPPER.createGenerator(out)) {
            generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            MAPPER.writeValue(generator, document);
        }
    }

    /**
     * Reads back what {@link #write} wrote.
     *
     * @param in the JSON
     * @return the document
     * @throws IOException when the JSON is malformed or does not match
     */
    public static Document read(InputStream in) throws IOException {
        return MAPPER.readValue(in, Document.class);
    }

    private static SimpleModule timeModule() {
        SimpleModule module = new SimpleModule("packet-time");
        textual(module, Instant.class, Instant::parse);
        textual(module, LocalDate.class, LocalDate::parse);
        textual(module, Duration.class, Duration::parse);
        textual(module, ZoneId.class, ZoneId::of);
        // The notes are written as the source hands them out, one at a time, and read back
        // into memory (a reader of one file's data holds it anyway).
        module.addSerializer(NoteSource.class, new JsonSerializer<NoteSource>() {
            @Override
            public void serialize(NoteSource notes, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeStartArray();
                try {
                    notes.forEach(note -> {
                        try {
                            serializers.defaultSerializeValue(note, gen);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                gen.writeEndArray();
            }
        });
        module.addDeserializer(NoteSource.class, new JsonDeserializer<NoteSource>() {
            @Override
            public NoteSource deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                NoteSection[] notes = ctxt.readValue(p, NoteSection[].class);
                return NoteSource.of(List.of(notes));
            }
        });
        return module;
    }

    private static <T> void textual(SimpleModule module, Class<T> type,
            Function<String, T> parse) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeString(value.toString());
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return parse.apply(p.getValueAsString());
            }
        });
    }
}
