package org.mbcnav.trials.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a registry eligibility block into sentences: `Inclusion Criteria:` / `Exclusion
 * Criteria:` headings set the section; each bullet (`*`, `-`, `1.`, `a.`) is an item; an item
 * with several sentences is split at full stops. Other lines ending in a colon are headings.
 */
public final class EligibilityText {
    private static final Pattern EXCLUSION = Pattern.compile("(?i)^(key |main )?exclusion criteria\\b.*");
    private static final Pattern INCLUSION = Pattern.compile("(?i)^(key |main )?inclusion criteria\\b.*");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)([*\\-•]|\\d{1,2}[.)]|[a-z][.)])\\s+(.*)$");
    /** A full stop that ends a sentence: followed by a space and a capital, not after an abbreviation. */
    private static final Pattern STOP = Pattern.compile("(?<!\\be\\.g)(?<!\\bi\\.e)(?<!\\bvs)(?<!\\bapprox)\\.\\s+(?=[A-Z(])");

    private EligibilityText() {
    }

    /** Symbols written in several ways in registry text, normalised to one ASCII form. */
    public static String normalise(String s) {
        return s.replace("\\<", "<").replace("\\>", ">").replace("&gt;", ">").replace("&lt;", "<")
                .replace("&ge;", ">=").replace("&le;", "<=").replace("≥", ">=").replace("≤", "<=")
                .replace("\\*", "*").replace("–", "-").replace("—", "-").replace('’', '\'').replace("\u00a0", " ");
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String section = "inclusion";
        String heading = "";
        for (String raw : normalise(text).split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (EXCLUSION.matcher(line).matches()) {
                section = "exclusion";
                heading = "";
                continue;
            }
            if (INCLUSION.matcher(line).matches()) {
                section = "inclusion";
                heading = "";
                continue;
            }
            Matcher m = BULLET.matcher(raw);
            String item = m.matches() ? m.group(3).strip() : line;
            if (!m.matches() && line.endsWith(":")) {
                heading = line;
                continue;
            }
            for (String s : STOP.split(item)) {
                String t = s.strip();
                if (!t.isEmpty()) {
                    out.add(new Sentence(out.size() + 1, section, heading, t));
                }
            }
            if (item.endsWith(":")) {
                heading = item;
            }
        }
        return out;
    }
}
