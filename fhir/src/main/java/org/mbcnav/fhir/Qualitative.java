package org.mbcnav.fhir;

import java.util.Optional;
import java.util.Set;

/**
 * Positive / negative / equivocal answers in the code systems the standards doc §1.2 lists:
 * LOINC answers (LA6576-8, LA6577-6) and SNOMED qualifiers (10828004, 260385009, 42425007,
 * 260415000), with the words as the last resort.
 */
enum Qualitative {
    POSITIVE, NEGATIVE, EQUIVOCAL, LOW;

    private static final Set<String> POS = Set.of("LA6576-8", "10828004");
    private static final Set<String> NEG = Set.of("LA6577-6", "260385009", "260415000");
    private static final Set<String> EQUIV = Set.of("42425007");

    static Optional<Qualitative> of(Concept concept, String extraWords) {
        for (Coding c : concept.codings()) {
            if (c.code() == null) {
                continue;
            }
            if (POS.contains(c.code())) {
                return Optional.of(POSITIVE);
            }
            if (NEG.contains(c.code())) {
                return Optional.of(NEGATIVE);
            }
            if (EQUIV.contains(c.code())) {
                return Optional.of(EQUIVOCAL);
            }
        }
        return ofWords((concept.words() + " " + (extraWords == null ? "" : extraWords)).toLowerCase());
    }

    static Optional<Qualitative> ofWords(String w) {
        if (w.contains("equivocal") || w.contains("borderline")) {
            return Optional.of(EQUIVOCAL);
        }
        if (w.contains("low positive") || w.matches(".*\\blow\\b.*")) {
            return Optional.of(LOW);
        }
        if (w.contains("negative") || w.contains("not detected") || w.contains("absent")) {
            return Optional.of(NEGATIVE);
        }
        if (w.contains("positive") || w.contains("detected") || w.contains("present")) {
            return Optional.of(POSITIVE);
        }
        return Optional.empty();
    }
}
