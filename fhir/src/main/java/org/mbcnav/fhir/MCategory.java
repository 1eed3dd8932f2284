package org.mbcnav.fhir;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A TNM distant-metastasis category value: M0 or M1 (with any suffix), however it is coded. */
final class MCategory {
    static final String SNOMED_CM0 = "1229901006";
    /** cM1 [1 src in the standards doc §5.4]. */
    static final String SNOMED_CM1 = "1229903009";
    private static final Pattern CODE = Pattern.compile("^(?:[CPR]|Y[CP])?M([01])[A-D]?(?:\\(I\\+\\))?$");
    private static final Pattern WORDS = Pattern.compile("\\b(?:[CPR]|Y[CP])?M([01])[A-D]?\\b");

    private MCategory() {
    }

    /** Empty when the value is not an M category (or is absent); true for M1, false for M0. */
    static Optional<Boolean> isM1(Concept value) {
        if (value.has(Systems.SNOMED, SNOMED_CM0)) {
            return Optional.of(false);
        }
        if (value.has(Systems.SNOMED, SNOMED_CM1)) {
            return Optional.of(true);
        }
        for (Coding c : value.codings()) {
            if (c.code() != null && !Systems.SNOMED.equals(c.system())) {
                Matcher m = CODE.matcher(c.code().trim().toUpperCase(Locale.ROOT));
                if (m.matches()) {
                    return Optional.of("1".equals(m.group(1)));
                }
            }
        }
        Matcher m = WORDS.matcher(value.words().toUpperCase(Locale.ROOT));
        return m.find() ? Optional.of("1".equals(m.group(1))) : Optional.empty();
    }
}
