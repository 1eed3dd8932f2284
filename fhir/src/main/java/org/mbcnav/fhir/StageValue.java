package org.mbcnav.fhir;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AJCC stage group ("IIB", "IV") read from SNOMED (code or its fully specified name),
 * an AJCC code from http://cancerstaging.org ("4", "IV", "c3A", "3C"), or the display.
 */
record StageValue(String group) {
    /** SNOMED "American Joint Committee on Cancer stage IV" [1 src in the standards doc §5.4]. */
    private static final Map<String, String> SNOMED = Map.of("1222837003", "IV");
    private static final Pattern AJCC = Pattern.compile("^(?:Y?[CP])?(?:STAGE\\s*)?(0|IV|I{1,3}|[1-4])([ABC]\\d?)?$");
    private static final Pattern WORDS = Pattern.compile("\\bSTAGE\\s+(0|IV|I{1,3}|[1-4])([ABC]\\d?)?\\b");

    boolean isFour() {
        return group.startsWith("IV");
    }

    /**
     * Reads a stage group. The result says whether it came from a code or from words so that the
     * caller can report the weaker source.
     */
    static Optional<Read> read(Concept value) {
        for (Coding c : value.codings()) {
            if (Systems.SNOMED.equals(c.system()) && c.code() != null && SNOMED.containsKey(c.code())) {
                return Optional.of(new Read(new StageValue(SNOMED.get(c.code())), true));
            }
            if (Systems.AJCC.equals(c.system()) && c.code() != null) {
                Matcher m = AJCC.matcher(c.code().trim().toUpperCase(Locale.ROOT));
                if (m.matches()) {
                    return Optional.of(new Read(new StageValue(roman(m.group(1)) + nullToEmpty(m.group(2))), true));
                }
            }
        }
        for (Coding c : value.codings()) {
            // A SNOMED stage qualifier's display is its fully specified name, e.g.
            // "American Joint Committee on Cancer stage IIB (qualifier value)".
            if (Systems.SNOMED.equals(c.system()) && c.display() != null) {
                Optional<StageValue> s = fromWords(c.display());
                if (s.isPresent()) {
                    return Optional.of(new Read(s.get(), true));
                }
            }
        }
        return fromWords(value.words()).map(s -> new Read(s, false));
    }

    private static Optional<StageValue> fromWords(String words) {
        Matcher m = WORDS.matcher(words.toUpperCase(Locale.ROOT));
        return m.find() ? Optional.of(new StageValue(roman(m.group(1)) + nullToEmpty(m.group(2)))) : Optional.empty();
    }

    private static String roman(String s) {
        return switch (s) {
            case "1" -> "I";
            case "2" -> "II";
            case "3" -> "III";
            case "4" -> "IV";
            default -> s;
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A stage group and whether it was read from a code (true) or only from free text. */
    record Read(StageValue stage, boolean coded) {
    }
}
