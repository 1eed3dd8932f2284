package org.mbcnav.kb;

import org.mbcnav.model.course.knowledge.Interval;

/** Reads interval notation "[1.0, 1.5)", "(20, inf)", "[1.5, LLN)" into an Interval. */
final class IntervalParser {
    private IntervalParser() {
    }

    static Interval parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.length() < 5 || "[(".indexOf(t.charAt(0)) < 0 || "])".indexOf(t.charAt(t.length() - 1)) < 0) {
            throw new IllegalArgumentException("'" + text + "' is not an interval like \"[1.0, 1.5)\"");
        }
        String[] parts = t.substring(1, t.length() - 1).split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' needs exactly two bounds");
        }
        String lo = parts[0].trim();
        String hi = parts[1].trim();
        boolean lowLln = lo.equalsIgnoreCase("LLN");
        boolean highLln = hi.equalsIgnoreCase("LLN");
        double low = lowLln ? 0 : bound(lo, text);
        double high = highLln ? 0 : bound(hi, text);
        if (!lowLln && !highLln && low > high) {
            throw new IllegalArgumentException("'" + text + "': the lower bound is above the upper bound");
        }
        return new Interval(low, t.charAt(0) == '[', lowLln, high, t.charAt(t.length() - 1) == ']', highLln, t);
    }

    private static double bound(String s, String text) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    yield Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "': '" + s + "' is not a number, inf or LLN");
                }
            }
        };
    }
}
