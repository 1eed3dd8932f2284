package org.mbcnav.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/** Validates a located tree against a JSON Schema and reports every violation with its position. */
public final class SchemaCheck {
    private final JsonSchema schema;

    private SchemaCheck(JsonSchema schema) {
        this.schema = schema;
    }

    /** Loads a schema shipped as a class-path resource (e.g. the patient schema from docs/). */
    public static SchemaCheck fromResource(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the build: " + resource);
            }
            JsonNode node = Mappers.json().readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .build();
            return new SchemaCheck(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<InputProblem> check(LocatedTree tree) {
        return schema.validate(tree.root()).stream()
                .map(m -> tree.problem(pointerOf(m), messageOf(m)))
                .sorted(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column)
                        .thenComparing(InputProblem::message))
                .toList();
    }

    private static String pointerOf(ValidationMessage m) {
        String at = m.getInstanceLocation().toString();
        if ("additionalProperties".equals(m.getType()) && m.getProperty() != null) {
            return at + "/" + m.getProperty();
        }
        return at;
    }

    private static String messageOf(ValidationMessage m) {
        return switch (m.getType()) {
            case "additionalProperties" -> "unknown field '" + m.getProperty() + "'";
            case "required" -> "the required field '" + m.getProperty() + "' is missing";
            default -> {
                String error = m.getError();
                yield error == null ? m.getMessage() : error;
            }
        };
    }
}
