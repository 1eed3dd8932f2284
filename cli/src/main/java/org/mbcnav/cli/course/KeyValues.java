package org.mbcnav.cli.course;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;

/** An option value written "key=value,key=value" (flags without "=value" are true), with unknown keys refused. */
final class KeyValues {
    private KeyValues() {
    }

    static Map<String, String> parse(String option, String text, Set<String> allowed) throws InputException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String key = eq < 0 ? p : p.substring(0, eq).trim();
            String value = eq < 0 ? "true" : p.substring(eq + 1).trim();
            if (!allowed.contains(key)) {
                throw new InputException(new InputProblem(option, "", 0, 0, "unknown field '" + key + "' in '" + text
                        + "' (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")"));
            }
            out.put(key, value);
        }
        return out;
    }
}
