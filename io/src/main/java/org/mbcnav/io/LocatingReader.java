package org.mbcnav.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON or YAML text into a tree while recording the line and column of every value
 * (Jackson's own tree reader forgets them). Duplicate keys and YAML aliases are reported, not
 * silently merged or replaced by the alias name.
 */
public final class LocatingReader {
    /** Largest document we read; a patient is a few kilobytes. */
    public static final int MAX_CHARS = 8 * 1024 * 1024;

    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(false);

    public LocatedTree read(String text, String file) throws InputException {
        if (text.length() > MAX_CHARS) {
            throw new InputException(new InputProblem(file, "", 0, 0,
                    "the file is " + text.length() + " characters long; the limit is " + MAX_CHARS));
        }
        JsonFactory factory = looksLikeJson(text) ? Mappers.jsonFactory() : Mappers.yamlFactory();
        Map<String, int[]> locations = new HashMap<>();
        List<InputProblem> duplicates = new ArrayList<>();
        JsonParser parser = null;
        try {
            parser = factory.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(new InputProblem(file, "", 1, 1, "the file is empty"));
            }
            JsonNode root = value(parser, "", locations, duplicates, file);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new InputException(new InputProblem(file, "", at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the document"));
            }
            if (!duplicates.isEmpty()) {
                throw new InputException(duplicates);
            }
            return new LocatedTree(file, root, Map.copyOf(locations));
        } catch (JsonProcessingException e) {
            // A limit (nesting depth, string length) is reported without a location: the parser still
            // knows where it stopped.
            JsonLocation at = e.getLocation() != null ? e.getLocation()
                    : parser != null ? parser.currentLocation() : null;
            throw new InputException(new InputProblem(file, "", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "not valid " + (looksLikeJson(text) ? "JSON" : "YAML")
                    + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(new InputProblem(file, "", 0, 0, "cannot be read: " + e.getMessage()));
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // Reading from a string: closing frees buffers only, nothing can be lost.
            }
        }
    }

    /** JSON starts with { or [; everything else is read as YAML (a superset of JSON). */
    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    private JsonNode value(JsonParser p, String pointer, Map<String, int[]> locations, List<InputProblem> duplicates,
                           String file) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        locations.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation nameAt = p.currentTokenLocation();
                    p.nextToken();
                    String child = pointer + "/" + escape(name);
                    JsonNode v = value(p, child, locations, duplicates, file);
                    if (object.has(name)) {
                        duplicates.add(new InputProblem(file, child, nameAt.getLineNr(), nameAt.getColumnNr(),
                                "the field '" + name + "' appears twice"));
                    }
                    object.set(name, v);
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p, pointer + "/" + i++, locations, duplicates, file));
                }
                return array;
            }
            case VALUE_STRING -> {
                if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    // The YAML parser hands an alias (*name) over as the text "name", which would
                    // silently replace the value; refuse it instead (and no alias bomb can expand).
                    duplicates.add(new InputProblem(file, pointer, at.getLineNr(), at.getColumnNr(),
                            "YAML aliases (*" + p.getText() + ") are not supported; write the value out"));
                }
                return nodes.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? nodes.numberNode(p.getBigIntegerValue()) : nodes.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new JsonProcessingException("unexpected " + token, at) {
                private static final long serialVersionUID = 1L;
            };
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
