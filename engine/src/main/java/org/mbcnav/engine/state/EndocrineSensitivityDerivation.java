package org.mbcnav.engine.state;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.mbcnav.model.knowledge.Definitions;
import org.mbcnav.model.plan.Derivation;

/**
 * Endocrine sensitivity per the ESO-ESMO ABC 4 definitions (thresholds in
 * knowledge/definitions.yaml). Metastatic first-line endocrine therapy, when given and
 * progressed on, decides; otherwise adjuvant endocrine therapy relative to the relapse date.
 */
final class EndocrineSensitivityDerivation {
    private static final List<String> SOURCES = List.of("abc4");
    private static final String ENDOCRINE = "endocrine-therapy";

    private final Definitions defs;
    private final Explanations x;

    EndocrineSensitivityDerivation(Definitions defs, Explanations x) {
        this.defs = defs;
        this.x = x;
    }

    String derive(Set<String> hormoneReceptor, Boolean deNovo, LocalDate relapse, List<PriorExposure> exposures,
                  List<LineOfTherapy> lines) {
        if (!hormoneReceptor.contains("positive")) {
            return record("not-applicable", () -> "hormone-receptor-negative disease");
        }
        for (LineOfTherapy line : lines) {
            if (line.classes().contains(ENDOCRINE)) {
                if (!line.progressed()) {
                    break;
                }
                if (line.start() == null || line.progressionDate() == null) {
                    return record(null, () -> "metastatic endocrine line " + line.number() + " has no dates");
                }
                long months = ChronoUnit.MONTHS.between(line.start(), line.progressionDate());
                return months < defs.metastaticPrimaryResistanceMonths()
                        ? record("primary-resistance", () -> "progression " + months + " months into first endocrine-based line for advanced disease (< "
                        + defs.metastaticPrimaryResistanceMonths() + ")")
                        : record("secondary-resistance", () -> "progression " + months + " months into first endocrine-based line for advanced disease (>= "
                        + defs.metastaticPrimaryResistanceMonths() + ")");
            }
        }
        PriorExposure adjuvant = exposures.stream()
                .filter(e -> e.early() && e.classes().contains(ENDOCRINE))
                .reduce((a, b) -> b).orElse(null);
        if (adjuvant == null) {
            return record("not-exposed", () -> Boolean.TRUE.equals(deNovo)
                    ? "de novo stage IV; no endocrine therapy before metastatic disease"
                    : "no adjuvant endocrine therapy recorded");
        }
        if (relapse == null || adjuvant.start() == null) {
            return record(null, () -> "adjuvant endocrine therapy recorded without the dates needed");
        }
        boolean during = adjuvant.end() == null || !relapse.isAfter(adjuvant.end());
        if (during) {
            long months = ChronoUnit.MONTHS.between(adjuvant.start(), relapse);
            return months < defs.adjuvantPrimaryResistanceMonths()
                    ? record("primary-resistance", () -> "relapse " + months + " months into adjuvant endocrine therapy (< "
                    + defs.adjuvantPrimaryResistanceMonths() + ")")
                    : record("secondary-resistance", () -> "relapse on adjuvant endocrine therapy after its first "
                    + defs.adjuvantPrimaryResistanceMonths() + " months");
        }
        long after = ChronoUnit.MONTHS.between(adjuvant.end(), relapse);
        return after < defs.adjuvantSecondaryResistanceMonths()
                ? record("secondary-resistance", () -> "relapse " + after + " months after completing adjuvant endocrine therapy (< "
                + defs.adjuvantSecondaryResistanceMonths() + ")")
                : record("sensitive", () -> "relapse " + after + " months after completing adjuvant endocrine therapy (>= "
                + defs.adjuvantSecondaryResistanceMonths() + ")");
    }

    private String record(String value, Supplier<String> why) {
        x.derivation(() -> new Derivation("endocrineSensitivity", value == null ? "unknown" : value, why.get(), SOURCES));
        return value;
    }
}
