package org.mbcnav.trials.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;

/**
 * Required or excluding biomarkers: gene mutations (with germline/ctDNA qualifiers), gene
 * amplification, wild-type status, and PD-L1 CPS thresholds. Genes named together ("a mutation
 * in BRCA1, BRCA2 or PALB2") form one criterion that any of them satisfies. A sentence that
 * names both mutant and wild-type groups describes cohorts, not a requirement, and is left alone.
 */
final class BiomarkerRule implements Rule {
    private static final Pattern MUTATED = Patterns.of("mutation|mutant|mutated|pathogenic variant|alteration");
    private static final Pattern WILD = Patterns.of("wild-?type");
    private static final Pattern GERMLINE = Patterns.of("germline");
    private static final Pattern CTDNA = Patterns.of("ctDNA|circulating tumou?r DNA|liquid biopsy");
    private static final Pattern CPS = Patterns.of("\\bCPS\\)?\\s*(>=|<=|<|>)\\s*(\\d+)");
    private static final Pattern PDL1 = Patterns.of("PD-?L1");
    private static final Pattern PDL1_STATUS = Patterns.of("PD-?L1[- )]*(positive|negative)|PD-?L1\\)? positive");
    private static final Pattern ASSAY = Patterns.of("\\b(22C3|SP142|SP263|28-8)\\b");

    @Override
    public void apply(Sentence s, Lexicon lexicon, Findings out) {
        String t = s.text();
        genes(t, lexicon, out);
        pdl1(t, out);
    }

    private static void genes(String t, Lexicon lexicon, Findings out) {
        List<String> mutated = new ArrayList<>();
        for (String gene : lexicon.genes()) {
            Matcher m = Patterns.of("\\b" + gene + "\\b(-?amplifi\\w*|\\s+amplification)?").matcher(t);
            while (m.find()) {
                if (m.group(1) != null) {
                    out.add(new Criterion.AlterationType(List.of(gene), "amplification"));
                } else if (!mutated.contains(gene)) {
                    mutated.add(gene);
                }
            }
        }
        if (mutated.isEmpty()) {
            return;
        }
        boolean mutation = Patterns.find(MUTATED, t);
        boolean wild = Patterns.find(WILD, t);
        if (mutation == wild) {
            out.residue("biomarker mentioned without a clear required status: " + String.join(", ", mutated));
            return;
        }
        String origin = Patterns.find(GERMLINE, t) ? "germline" : "any";
        String specimen = Patterns.find(CTDNA, t) ? "ctdna" : "any";
        out.add(new Criterion.Biomarker(mutated, mutation ? "detected" : "not-detected", origin, specimen, null, "any"));
    }

    private static void pdl1(String t, Findings out) {
        if (!Patterns.find(PDL1, t)) {
            return;
        }
        Matcher a = ASSAY.matcher(t);
        String assay = a.find() ? a.group(1).toUpperCase() : null;
        Matcher m = CPS.matcher(t);
        if (m.find()) {
            double threshold = Double.parseDouble(m.group(2));
            String op = m.group(1);
            if (op.equals(">=")) {
                out.add(new Criterion.PdL1(assay, threshold, null));
            } else if (op.equals("<")) {
                out.add(new Criterion.Not(new Criterion.PdL1(assay, threshold, null)));
            } else {
                out.residue("PD-L1 CPS " + op + " " + m.group(2) + ": only >= and < thresholds are read");
            }
        } else if (Patterns.find(PDL1_STATUS, t)) {
            out.residue("PD-L1 status without a CPS threshold");
        }
    }
}
