package org.mbcnav.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mbcnav.model.course.CourseEvent;

/**
 * Appends one event to the text of a course file. The event is added as YAML after the last
 * event so that comments and layout of the file stay as they were; when the file's events are
 * not a block list at the end of the file, the document is written anew (comments are lost then,
 * and rewritten() says so).
 */
public final class CourseEventWriter {
    private boolean rewritten;

    /** The event as a YAML mapping node with `type` first and empty lists left out. */
    public static ObjectNode node(CourseEvent e) {
        JsonNode body = Mappers.json().valueToTree(e);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("type", e.type().code());
        prune(body);
        body.fields().forEachRemaining(f -> out.set(f.getKey(), f.getValue()));
        return out;
    }

    public String append(String text, JsonNode root, ObjectNode event) throws IOException {
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        JsonNode events = root.get("events");
        boolean blockAtEnd = !keys.isEmpty() && keys.get(keys.size() - 1).equals("events") && events != null
                && events.isArray() && !events.isEmpty() && !text.matches("(?s).*\\bevents:\\s*\\[.*");
        String item = Mappers.yaml().writeValueAsString(List.of(event));
        if (blockAtEnd) {
            String indent = indentOfItems(text);
            StringBuilder b = new StringBuilder(text);
            if (!text.endsWith("\n")) {
                b.append('\n');
            }
            for (String line : item.split("\n")) {
                if (!line.isEmpty()) {
                    b.append(indent).append(line).append('\n');
                }
            }
            rewritten = false;
            return b.toString();
        }
        ObjectNode copy = ((ObjectNode) root).deepCopy();
        ArrayNode list = copy.has("events") && copy.get("events").isArray() ? (ArrayNode) copy.get("events")
                : copy.putArray("events");
        list.add(event);
        rewritten = true;
        return Mappers.yaml().writeValueAsString(copy);
    }

    public boolean rewritten() {
        return rewritten;
    }

    private static String indentOfItems(String text) {
        String[] lines = text.split("\n");
        boolean inEvents = false;
        for (String line : lines) {
            if (line.startsWith("events:")) {
                inEvents = true;
            } else if (inEvents && line.trim().startsWith("- ")) {
                return line.substring(0, line.indexOf('-'));
            }
        }
        return "  ";
    }

    private static void prune(JsonNode node) {
        if (node.isObject()) {
            List<String> empty = new ArrayList<>();
            node.fields().forEachRemaining(f -> {
                if (f.getValue().isArray() && f.getValue().isEmpty() || f.getValue().isNull()) {
                    empty.add(f.getKey());
                } else {
                    prune(f.getValue());
                }
            });
            ((ObjectNode) node).remove(empty);
        } else if (node.isArray()) {
            node.forEach(CourseEventWriter::prune);
        }
    }
}
