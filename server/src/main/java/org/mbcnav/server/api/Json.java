package org.mbcnav.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.mbcnav.io.Mappers;

/** Writes responses with the project's one JSON configuration (io.Mappers) and reads request trees. */
public final class Json {
    public static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper MAPPER = Mappers.json();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response could not be written as JSON", e);
        }
    }

    public static void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(write(body));
    }

    /**
     * Parses a JSON request body; a syntax error is a 400 naming line and column. The Content-Type
     * must say JSON (415 otherwise), so that a form post from another site cannot pass as an API call.
     */
    public static JsonNode body(Context ctx) {
        String media = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT).split(";")[0].trim();
        if (!media.equals("application/json") && !media.endsWith("+json")) {
            throw ApiProblem.of(415, "unsupported-media-type", "Unsupported media type",
                    "send the body as application/json (got '" + (media.isEmpty() ? "none" : media) + "')");
        }
        String text = ctx.body();
        if (text.isBlank()) {
            throw ApiProblem.badRequest("", "the request body is empty; a JSON object is expected");
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw ApiProblem.badRequest("", "the request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ApiProblem(400, "invalid-json", "The request body is not valid JSON", e.getOriginalMessage(),
                    java.util.List.of(new ApiProblem.FieldError("", loc == null ? null : loc.getLineNr(),
                            loc == null ? null : loc.getColumnNr(), e.getOriginalMessage())));
        }
    }
}
