package org.mbcnav.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every fact that speaks for or against distant metastasis, from any of the five places mCODE
 * data puts it (standards doc §5.4): secondary cancer conditions, TNM M category, stage group,
 * cancer disease status and history of metastatic cancer.
 */
final class MetastaticEvidence {

    /**
     * A fact for metastasis.
     *
     * @param atDiagnosis true when the fact is a clinical staging at diagnosis (cM1, clinical
     *                    stage IV), which makes the disease de novo stage IV
     */
    record For(String description, LocalDate date, boolean atDiagnosis) {
    }

    final List<For> positive = new ArrayList<>();
    final List<String> negative = new ArrayList<>();

    void metastatic(String description, LocalDate date, boolean atDiagnosis) {
        positive.add(new For(description, date, atDiagnosis));
    }

    void notMetastatic(String description) {
        negative.add(description);
    }

    boolean anyAtDiagnosis() {
        return positive.stream().anyMatch(For::atDiagnosis);
    }

    Optional<LocalDate> earliestDate() {
        return positive.stream().map(For::date).filter(d -> d != null).min(LocalDate::compareTo);
    }

    MetastaticStatus status() {
        if (!positive.isEmpty()) {
            return new MetastaticStatus(MetastaticStatus.Verdict.METASTATIC, positive.stream().map(For::description).toList());
        }
        if (!negative.isEmpty()) {
            return new MetastaticStatus(MetastaticStatus.Verdict.NOT_METASTATIC, negative);
        }
        return new MetastaticStatus(MetastaticStatus.Verdict.UNKNOWN, List.of());
    }
}
