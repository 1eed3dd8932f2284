package org.mbcnav.trials.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;

/**
 * Numbers of prior metastatic lines, in total or of one drug class: "<=2 prior lines of systemic
 * therapy", "no more than 2 lines/regimens", "<=2 chemotherapy regimens", "0-2 prior CDK4/6
 * inhibitors", "one line of chemotherapy ... is allowed". The engine counts metastatic lines, so
 * the setting words need no reading here. Returns the text with the counted phrases blanked, for
 * the prior-therapy rule to read what is left.
 */
final class LineCountRule {
    private static final String QUAL = "(>=|<=|<|>|at least|at most|no more than|up to|a maximum of|maximum of|a minimum of|minimum of|only)";
    private static final String NUM = "(\\d+|one|two|three|four|five)";
    /** "N [prior] line(s)/regimen(s) of WHAT". */
    private static final Pattern LINES_OF = Patterns.of("(?:" + QUAL + "\\s*)?" + NUM + "(?:\\s*(?:-|to)\\s*" + NUM + ")?(\\s+or more)?"
            + "\\s+(?:prior\\s+|previous\\s+|additional\\s+)?(?:lines?|regimens?)(?:\\s*/\\s*regimens?)?\\s+of\\s+([^,;()]{0,60})");
    /** "QUAL N [prior] WHAT therapy/regimens/inhibitors"; only counted when WHAT names a therapy class. */
    private static final Pattern N_WHAT = Patterns.of("(?:" + QUAL + "\\s*" + NUM + "|" + NUM + "\\s*-\\s*" + NUM + ")(?:\\s+or\\s+\\d+)?"
            + "\\s+(?:prior\\s+|additional\\s+)?([A-Za-z0-9/ -]{0,40}?)\\s*(regimens?|lines?|therap(?:y|ies)|inhibitors?)\\b");
    private static final Pattern ALLOWED = Patterns.of("\\b(allowed|permitted)\\b");

    private LineCountRule() {
    }

    /** Adds the counts found in one segment; returns the segment with them blanked out. */
    static String apply(String segment, Lexicon lexicon, Findings out) {
        boolean allowance = Patterns.find(ALLOWED, segment);
        StringBuilder rest = new StringBuilder(segment);
        Matcher m = LINES_OF.matcher(segment);
        while (m.find()) {
            String qual = m.group(1);
            Integer n = Patterns.number(m.group(2));
            Integer upper = m.group(3) == null ? null : Patterns.number(m.group(3));
            if (n == null || (m.group(3) != null && upper == null)) {
                out.residue("a count too large to read: " + m.group());
                continue;
            }
            boolean orMore = m.group(4) != null;
            add(out, drugClass(m.group(5), lexicon), qual, n, upper, orMore, allowance);
            blank(rest, m.start(), m.end());
        }
        m = N_WHAT.matcher(rest.toString());
        while (m.find()) {
            String qual = m.group(1);
            Integer n = Patterns.number(m.group(2) != null ? m.group(2) : m.group(3));
            Integer upper = m.group(4) == null ? null : Patterns.number(m.group(4));
            if (n == null || (m.group(4) != null && upper == null)) {
                out.residue("a count too large to read: " + m.group());
                continue;
            }
            List<TherapyMentions.Mention> named = TherapyMentions.find(m.group(), lexicon);
            if (named.stream().noneMatch(x -> x.term().drugClass() != null || x.term().anySystemic())) {
                continue;
            }
            add(out, drugClass(m.group(), lexicon), qual, n, upper, false, allowance);
            blank(rest, m.start(), m.end());
        }
        return rest.toString();
    }

    private static void add(Findings out, String drugClass, String qual, int n, Integer upper, boolean orMore,
                            boolean allowance) {
        Integer min;
        Integer max;
        String q = qual == null ? "" : qual.toLowerCase();
        if (upper != null) {
            min = n;
            max = upper;
        } else if (orMore || q.equals(">=") || q.equals("at least") || q.contains("minimum")) {
            min = n;
            max = null;
        } else if (q.equals(">")) {
            min = n + 1;
            max = null;
        } else if (q.equals("<")) {
            min = null;
            max = n - 1;
        } else if (!q.isEmpty() || allowance) {
            min = null;
            max = n;
        } else {
            min = n;
            max = n;
        }
        out.add(new Criterion.PriorLines(drugClass, min, max));
    }

    /** The class of the first mapped class named in the phrase; null (all lines) for "systemic therapy" or none. */
    private static String drugClass(String phrase, Lexicon lexicon) {
        List<TherapyMentions.Mention> mentions = TherapyMentions.find(phrase, lexicon);
        for (TherapyMentions.Mention m : mentions) {
            if (m.term().drugClass() != null) {
                return m.term().drugClass();
            }
        }
        return null;
    }

    private static void blank(StringBuilder b, int from, int to) {
        for (int i = from; i < to; i++) {
            b.setCharAt(i, ' ');
        }
    }
}
