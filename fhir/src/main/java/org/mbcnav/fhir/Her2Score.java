package org.mbcnav.fhir;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HER2 IHC score read from text. Scores are often only in valueString, CodeableConcept.text
 * or interpretation ("0", "0+", "1+", "2+", "3+", "0 with membrane staining", "ultralow"), and
 * HER2-low and -ultralow decisions depend on them, so every form is read.
 *
 * @param ihc              "0", "1+", "2+" or "3+"
 * @param membraneStaining for IHC 0: true = ultralow (faint incomplete staining), false = null;
 *                         null when not stated
 */
record Her2Score(String ihc, Boolean membraneStaining) {
    private static final Pattern PLUS = Pattern.compile("(?<![\\d.])([0-3])\\s*\\+");
    private static final Pattern BARE = Pattern.compile("^(?:ihc\\s*)?(?:score\\s*)?([0-3])$");
    // Compiled once: String.matches would compile them on every call.
    private static final Pattern ZERO_WITH = Pattern.compile(".*\\b0\\+?\\s*with\\b.*");
    private static final Pattern ZERO_WITHOUT = Pattern.compile(".*\\b0\\+?\\s*without\\b.*");

    static Optional<Her2Score> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT).trim();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.contains("ultralow") || t.contains("ultra-low")
                || (t.contains("membrane") && !t.contains("without") && ZERO_WITH.matcher(t).matches())) {
            return Optional.of(new Her2Score("0", true));
        }
        if (t.contains("her2-null") || t.contains("her2 null") || t.equals("null")
                || (t.contains("membrane") && ZERO_WITHOUT.matcher(t).matches()) || t.contains("no staining")) {
            return Optional.of(new Her2Score("0", false));
        }
        Matcher m = PLUS.matcher(t);
        if (m.find()) {
            return Optional.of(new Her2Score(score(m.group(1)), null));
        }
        Matcher b = BARE.matcher(t);
        if (b.matches()) {
            return Optional.of(new Her2Score(score(b.group(1)), null));
        }
        return Optional.empty();
    }

    private static String score(String digit) {
        return "0".equals(digit) ? "0" : digit + "+";
    }
}
