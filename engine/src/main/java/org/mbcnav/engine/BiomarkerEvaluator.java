package org.mbcnav.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.SpecimenType;
import org.mbcnav.model.patient.VariantOrigin;
import org.mbcnav.model.patient.VariantResult;

/**
 * Gene-level criteria. A gene with no result is untested (UNKNOWN), a VUS or benign result
 * counts as tested without an actionable alteration, and with freshness
 * "since-last-progression" a negative result older than the last progression no longer counts:
 * ESR1 mutations emerge under endocrine therapy (ASCO 2023 ESR1 update).
 */
final class BiomarkerEvaluator {
    private final ClinicalState s;

    BiomarkerEvaluator(ClinicalState s) {
        this.s = s;
    }

    Verdict evaluate(String text, Criterion.Biomarker b) {
        List<String> found = new ArrayList<>();
        Set<String> untested = new TreeSet<>();
        List<String> negatives = new ArrayList<>();
        for (String gene : b.genes()) {
            List<GenomicResult> results = results(gene, b.origin(), b.specimen());
            List<GenomicResult> hits = results.stream()
                    .filter(CriterionEvaluator::detected)
                    .filter(r -> b.alteration() == null || matchesAlteration(r, b.alteration()))
                    .toList();
            if (!hits.isEmpty()) {
                GenomicResult r = hits.get(hits.size() - 1);
                found.add(gene + (r.alteration() == null ? "" : " " + r.alteration()) + " " + r.result().code()
                        + " (" + describe(r) + ")");
                continue;
            }
            List<GenomicResult> unclassified = results.stream()
                    .filter(r -> r.result() == null || r.result() == VariantResult.DETECTED).toList();
            if (!unclassified.isEmpty()) {
                untested.add(missingKey(gene, b.origin()));
                negatives.add(gene + " variant reported without its clinical significance: check the report");
                continue;
            }
            List<GenomicResult> valid = results.stream().filter(r -> fresh(r, b.freshness())).toList();
            if (valid.isEmpty()) {
                untested.add(missingKey(gene, b.origin()));
                if (!results.isEmpty()) {
                    negatives.add(gene + " not detected on " + results.get(results.size() - 1).date()
                            + ", before the last progression (" + s.lastProgression() + ")");
                }
            } else {
                GenomicResult r = valid.get(valid.size() - 1);
                negatives.add(gene + (b.alteration() == null ? "" : " " + b.alteration()) + " not detected ("
                        + describe(r) + ")");
            }
        }
        boolean wantDetected = "detected".equals(b.status());
        if (!found.isEmpty()) {
            return Verdict.of(Truth.of(wantDetected), text, String.join("; ", found));
        }
        if (untested.isEmpty()) {
            return Verdict.of(Truth.of(!wantDetected), text, String.join("; ", negatives));
        }
        String why = String.join(", ", untested.stream().map(u -> u.substring(u.indexOf(':') + 1)).toList())
                + " not tested" + (b.origin().equals("germline") ? " (germline)" : "")
                + ("since-last-progression".equals(b.freshness()) ? " since the last progression" : "")
                + (negatives.isEmpty() ? "" : "; " + String.join("; ", negatives));
        return new Verdict(Truth.UNKNOWN, text, why, untested, List.of());
    }

    Verdict alteration(String text, Criterion.AlterationType a) {
        List<String> found = new ArrayList<>();
        boolean anyTested = false;
        for (String gene : a.genes()) {
            for (GenomicResult r : results(gene, "any", "any")) {
                anyTested = true;
                if (CriterionEvaluator.detected(r) && r.type() != null && r.type().code().equals(a.type())) {
                    found.add(gene + " " + a.type() + (r.alteration() == null ? "" : " " + r.alteration()));
                }
            }
        }
        if (!found.isEmpty()) {
            return Verdict.of(Truth.TRUE, text, String.join("; ", found));
        }
        // A gene panel that reported the gene without the alteration counts as tested.
        return anyTested ? Verdict.of(Truth.FALSE, text, "tested; no " + a.type() + " reported")
                : Verdict.unknown(text, String.join("/", a.genes()) + " " + a.type() + " not tested",
                a.genes().stream().map(g -> "gene:" + g).toArray(String[]::new));
    }

    /** The truth part of {@link #evaluate}: a detected match decides, else any gene untested leaves it open. */
    Truth truth(Criterion.Biomarker b) {
        boolean wantDetected = "detected".equals(b.status());
        boolean untested = false;
        for (String gene : b.genes()) {
            boolean unclassified = false;
            boolean valid = false;
            for (GenomicResult r : s.patient().genomics()) {
                if (!selected(r, gene, b.origin(), b.specimen())) {
                    continue;
                }
                if (CriterionEvaluator.detected(r) && (b.alteration() == null || matchesAlteration(r, b.alteration()))) {
                    return Truth.of(wantDetected);
                }
                unclassified |= r.result() == null || r.result() == VariantResult.DETECTED;
                valid |= fresh(r, b.freshness());
            }
            untested |= unclassified || !valid;
        }
        return untested ? Truth.UNKNOWN : Truth.of(!wantDetected);
    }

    /**
     * The missing facts of {@link #evaluate} when its truth is unknown: each gene with a variant
     * of unreported significance or without a current result, as "gene:X" or "germline:X".
     */
    Set<String> untested(Criterion.Biomarker b) {
        Set<String> out = new TreeSet<>();
        for (String gene : b.genes()) {
            boolean unclassified = false;
            boolean valid = false;
            for (GenomicResult r : s.patient().genomics()) {
                if (selected(r, gene, b.origin(), b.specimen())) {
                    unclassified |= r.result() == null || r.result() == VariantResult.DETECTED;
                    valid |= fresh(r, b.freshness());
                }
            }
            if (unclassified || !valid) {
                out.add(missingKey(gene, b.origin()));
            }
        }
        return out;
    }

    /** The truth part of {@link #alteration}. */
    Truth truth(Criterion.AlterationType a) {
        boolean anyTested = false;
        for (String gene : a.genes()) {
            for (GenomicResult r : s.patient().genomics()) {
                if (!selected(r, gene, "any", "any")) {
                    continue;
                }
                anyTested = true;
                if (CriterionEvaluator.detected(r) && r.type() != null && r.type().code().equals(a.type())) {
                    return Truth.TRUE;
                }
            }
        }
        return anyTested ? Truth.FALSE : Truth.UNKNOWN;
    }

    private List<GenomicResult> results(String gene, String origin, String specimen) {
        return s.patient().genomics().stream()
                .filter(r -> selected(r, gene, origin, specimen))
                .sorted(java.util.Comparator.comparing(GenomicResult::date,
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** A result of the gene with the wanted origin and specimen. */
    private static boolean selected(GenomicResult r, String gene, String origin, String specimen) {
        if (!gene.equalsIgnoreCase(r.gene())) {
            return false;
        }
        boolean originOk = switch (origin) {
            case "germline" -> r.origin() == VariantOrigin.GERMLINE;
            case "somatic" -> r.origin() != VariantOrigin.GERMLINE;
            default -> true;
        };
        return originOk && switch (specimen) {
            case "ctdna" -> r.specimen() == SpecimenType.CTDNA;
            case "tissue" -> r.specimen() == SpecimenType.TISSUE;
            default -> true;
        };
    }

    private boolean fresh(GenomicResult r, String freshness) {
        if (!"since-last-progression".equals(freshness) || s.lastProgression() == null) {
            return true;
        }
        return r.date() != null && !r.date().isBefore(s.lastProgression());
    }

    private static boolean matchesAlteration(GenomicResult r, String alteration) {
        String want = alteration.toUpperCase(Locale.ROOT);
        return (r.alteration() != null && r.alteration().toUpperCase(Locale.ROOT).contains(want))
                || (r.hgvs() != null && r.hgvs().toUpperCase(Locale.ROOT).contains(want));
    }

    private static String missingKey(String gene, String origin) {
        return ("germline".equals(origin) ? "germline:" : "gene:") + gene;
    }

    private static String describe(GenomicResult r) {
        List<String> parts = new ArrayList<>();
        if (r.origin() != null) {
            parts.add(r.origin().code());
        }
        if (r.specimen() != null) {
            parts.add(r.specimen().code());
        }
        if (r.date() != null) {
            parts.add(r.date().toString());
        }
        return String.join(", ", parts);
    }
}
