package org.mbcnav.trials.parse;

import java.util.regex.Pattern;

/** Case-insensitive patterns, the way every rule matches registry text. */
final class Patterns {
    private Patterns() {
    }

    static Pattern of(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static boolean find(Pattern p, String text) {
        return p.matcher(text).find();
    }

    /** "one" .. "five" or digits; null when the digits are beyond int range (no count is that large). */
    static Integer number(String s) {
        return switch (s.toLowerCase()) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "zero", "no" -> 0;
            default -> integer(s.replace(",", ""));
        };
    }

    /** A run of digits as an int; null when it is beyond int range, which the rules report as not read. */
    static Integer integer(String digits) {
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
