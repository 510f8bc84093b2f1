package org.casenotes.supervision.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.util.List;
import java.util.Locale;
import org.casenotes.supervision.api.error.ValidationException;
import org.junit.jupiter.api.Test;

/** The policy's published JSON Schema agrees with the server's reading of policy documents. */
class PolicySchemaTest {

    private static final Schema SCHEMA = compile(PolicySchema.document(Locale.ENGLISH));

    @Test
    void theDefaultDocumentIsValidAgainstThePublishedSchema() {
        assertThat(SCHEMA.validate(PolicyDocument.write(PolicyDocument.DEFAULTS), InputFormat.JSON)).isEmpty();
    }

    @Test
    void documentsTheServerRefusesTheSchemaRefusesToo() {
        for (String refused : List.of("{\"pattern\":{\"window\":51}}", "{\"coSign\":{\"dueDays\":0}}",
                "{\"coSign\":{\"batchBlockingRules\":[\"nope\"]}}", "{\"packet\":{\"identifyingFields\":[\"text\"]}}",
                "{\"limits\":{\"maxEntries\":21}}", "{\"colour\":\"red\"}")) {
            assertThatThrownBy(() -> PolicyDocument.read(refused, 2)).as(refused).isInstanceOf(ValidationException.class);
            assertThat(SCHEMA.validate(refused, InputFormat.JSON)).as(refused).isNotEmpty();
        }
    }

    @Test
    void aPolicyNamesItsMeetingAttestationAndEarliestSessionDateAndBlanksAreRefused() {
        var policy = PolicyDocument.read("{\"meetings\":{\"attestationText\":\"I led this meeting.\"},"
                + "\"sessionDates\":{\"earliest\":\"2000-01-01\"}}", 2);

        assertThat(policy.review().meetingAttestationText()).isEqualTo("I led this meeting.");
        assertThat(policy.review().earliestSessionDate()).isEqualTo(java.time.LocalDate.of(2000, 1, 1));
        assertThat(PolicyDocument.read(PolicyDocument.write(policy), 2)).isEqualTo(policy);
        assertThatThrownBy(() -> PolicyDocument.read("{\"meetings\":{\"attestationText\":\"  \"}}", 2))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PolicyDocument.read("{\"sessionDates\":{\"earliest\":\"1900-02-30\"}}", 2))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theSchemaIsTitledInSpanish() {
        assertThat(PolicySchema.document(Locale.forLanguageTag("es")))
                .contains("\"title\" : \"Política de revisión\"").contains("Patrón con este cliente");
    }

    private static Schema compile(String schema) {
        Dialect withLayout = Dialect.builder(Dialects.getDraft202012()).keyword(new AnnotationKeyword("x-ui")).build();
        return SchemaRegistry.withDefaultDialect(withLayout).getSchema(schema, InputFormat.JSON);
    }
}
