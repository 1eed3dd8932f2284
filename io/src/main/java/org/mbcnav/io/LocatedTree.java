package org.mbcnav.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed JSON or YAML document together with where each value started in the text, so that
 * problems found later (schema, dates, contradictions) can name the line and column.
 */
public record LocatedTree(String file, JsonNode root, Map<String, int[]> locations) {

    /** A problem at the given JSON pointer, located at the nearest enclosing value we know. */
    public InputProblem problem(String pointer, String message) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            int[] at = locations.get(p);
            if (at != null) {
                return new InputProblem(file, pointer, at[0], at[1], message);
            }
            if (p.isEmpty()) {
                return new InputProblem(file, pointer, 0, 0, message);
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }
}
