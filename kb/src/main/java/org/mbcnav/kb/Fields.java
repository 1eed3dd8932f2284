package org.mbcnav.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;

/**
 * Reads the fields of one YAML mapping, recording a located problem for every missing, mistyped
 * or unknown field instead of stopping at the first, so that `kb validate` can report them all.
 */
final class Fields {
    private final LocatedTree tree;
    private final JsonNode node;
    private final String pointer;
    private final List<InputProblem> problems;
    private final Set<String> read = new HashSet<>();

    Fields(LocatedTree tree, JsonNode node, String pointer, List<InputProblem> problems) {
        this.tree = tree;
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
        if (!node.isObject()) {
            problem("", "expected a mapping of fields");
        }
    }

    String pointer() {
        return pointer;
    }

    LocatedTree tree() {
        return tree;
    }

    List<InputProblem> problems() {
        return problems;
    }

    void problem(String field, String message) {
        problems.add(tree.problem(field.isEmpty() ? pointer : pointer + "/" + field, message));
    }

    boolean has(String name) {
        read.add(name);
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    String text(String name, boolean required) {
        read.add(name);
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                problem("", "the required field '" + name + "' is missing");
            }
            return null;
        }
        if (!v.isValueNode()) {
            problem(name, "expected text");
            return null;
        }
        return v.asText();
    }

    String oneOf(String name, boolean required, Set<String> allowed) {
        String v = text(name, required);
        if (v != null && !allowed.contains(v)) {
            problem(name, "'" + v + "' is not one of " + new java.util.TreeSet<>(allowed));
            return null;
        }
        return v;
    }

    Double number(String name, boolean required) {
        read.add(name);
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                problem("", "the required field '" + name + "' is missing");
            }
            return null;
        }
        if (!v.isNumber()) {
            problem(name, "expected a number, found '" + v.asText() + "'");
            return null;
        }
        return v.asDouble();
    }

    Integer integer(String name, boolean required) {
        Double d = number(name, required);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d)) {
            problem(name, "expected a whole number");
            return null;
        }
        return d.intValue();
    }

    Boolean bool(String name) {
        read.add(name);
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            problem(name, "expected true or false");
            return null;
        }
        return v.asBoolean();
    }

    LocalDate date(String name, boolean required) {
        String v = text(name, required);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            problem(name, "'" + v + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    /** A list of scalars; a single scalar is accepted as a list of one. */
    List<String> texts(String name) {
        read.add(name);
        JsonNode v = node.get(name);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isValueNode()) {
            out.add(v.asText());
            return out;
        }
        if (!v.isArray()) {
            problem(name, "expected a list");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isValueNode()) {
                problem(name + "/" + i, "expected text");
            } else {
                out.add(v.get(i).asText());
            }
        }
        return out;
    }

    List<Integer> integers(String name) {
        List<Integer> out = new ArrayList<>();
        for (String s : texts(name)) {
            try {
                out.add(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                problem(name, "'" + s + "' is not a whole number");
            }
        }
        return out;
    }

    Fields object(String name, boolean required) {
        read.add(name);
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                problem("", "the required field '" + name + "' is missing");
            }
            return null;
        }
        return new Fields(tree, v, pointer + "/" + name, problems);
    }

    JsonNode raw(String name) {
        read.add(name);
        return node.get(name);
    }

    /** Each element of a list of mappings, read by the given function. */
    <T> List<T> objects(String name, BiFunction<Fields, Integer, T> each) {
        read.add(name);
        JsonNode v = node.get(name);
        List<T> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            problem(name, "expected a list");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            Fields element = new Fields(tree, v.get(i), pointer + "/" + name + "/" + i, problems);
            T t = each.apply(element, i);
            element.done();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** Reports every field that was present but never read: a misspelt key is an error, not a silent default. */
    void done() {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!read.contains(name)) {
                problem(name, "unknown field '" + name + "'");
            }
        }
    }
}
