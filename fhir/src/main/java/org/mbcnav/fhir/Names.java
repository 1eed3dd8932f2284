package org.mbcnav.fhir;

import java.util.Locale;

/** Human-readable names from SNOMED displays: "Left breast structure (body structure)" -> "left breast". */
final class Names {
    private Names() {
    }

    static String clean(String display) {
        if (display == null) {
            return "";
        }
        String s = display.replaceAll("\\s*\\([^)]*\\)\\s*$", "").trim();
        s = s.replaceFirst("(?i)^structure of ", "").replaceFirst("(?i) structure$", "");
        return s.toLowerCase(Locale.ROOT);
    }
}
