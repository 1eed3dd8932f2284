package org.mbcnav.trials.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.io.LocatingReader;

/** Reading helpers shared by the lexicon and override loaders: located trees, required text, patterns. */
final class YamlFile {
    private YamlFile() {
    }

    static LocatedTree read(Path file) throws InputException {
        try {
            return new LocatingReader().read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    /** The list under key at the root, or an empty node after recording a problem. */
    static JsonNode list(LocatedTree tree, String key, List<InputProblem> problems) {
        JsonNode n = tree.root().path(key);
        if (!n.isArray()) {
            problems.add(tree.problem("/" + key, "expected a list under '" + key + "'"));
        }
        return n;
    }

    static String text(LocatedTree tree, JsonNode node, String at, String key, boolean required, List<InputProblem> problems) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(tree.problem(at, "'" + key + "' is required"));
            }
            return null;
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            problems.add(tree.problem(at + "/" + key, "expected a non-empty text"));
            return null;
        }
        return v.asText();
    }

    static Pattern pattern(LocatedTree tree, String regex, String at, List<InputProblem> problems) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            problems.add(tree.problem(at, "not a valid regular expression: " + e.getDescription()));
            return null;
        }
    }

    static void unknownKeys(LocatedTree tree, JsonNode node, String at, java.util.Set<String> allowed, List<InputProblem> problems) {
        node.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                problems.add(tree.problem(at + "/" + k, "unknown field '" + k + "' (allowed: " + new java.util.TreeSet<>(allowed) + ")"));
            }
        });
    }
}
