package org.mbcnav.model.knowledge;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * National Drug Codes as they arrive: the 10-digit package code in its three hyphenated layouts
 * (4-4-2, 5-3-2, 5-4-1, as openFDA and labels print them) or the 11-digit 5-4-2 form that claims
 * and most EHRs send, with or without hyphens. Both sides of a lookup are brought to the 11-digit form, so a table entry
 * written "0002-1717-28" matches an order coded "00002171728".
 */
public final class NdcCode {
    private static final Pattern HYPHENATED = Pattern.compile("(\\d{4,5})-(\\d{3,4})-(\\d{1,2})");
    private static final Pattern ELEVEN = Pattern.compile("\\d{11}");
    private static final Set<String> TEN_DIGIT_LAYOUTS = Set.of("4-4-2", "5-3-2", "5-4-1");

    private NdcCode() {
    }

    /** The 11-digit form, or empty when the text is not a package NDC in one of the known layouts. */
    public static Optional<String> normalize(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim();
        if (ELEVEN.matcher(c).matches()) {
            return Optional.of(c);
        }
        var m = HYPHENATED.matcher(c);
        if (!m.matches()) {
            return Optional.empty();
        }
        String layout = m.group(1).length() + "-" + m.group(2).length() + "-" + m.group(3).length();
        if (!TEN_DIGIT_LAYOUTS.contains(layout) && !"5-4-2".equals(layout)) {
            return Optional.empty();
        }
        return Optional.of(pad(m.group(1), 5) + pad(m.group(2), 4) + pad(m.group(3), 2));
    }

    private static String pad(String part, int width) {
        return "0".repeat(width - part.length()) + part;
    }
}
