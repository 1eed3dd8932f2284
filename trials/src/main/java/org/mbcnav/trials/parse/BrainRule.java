package org.mbcnav.trials.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;

/**
 * Brain and leptomeningeal metastases, and spinal cord compression. In an exclusion, "active",
 * "symptomatic", "untreated" or "progressing" brain metastases exclude active ones only; a bare
 * mention or "history of" excludes any. In an inclusion, "no brain metastases, or asymptomatic
 * ones" allows all but active ones; a plain mention requires brain (or leptomeningeal) disease.
 */
final class BrainRule implements Rule {
    private static final Pattern BRAIN = Patterns.of("brain metastas[ie]s|brain (and/or|or|and) leptomeningeal metastas[ie]s|brain lesions?|(CNS|central nervous system) metastas[ie]s|brain disease");
    private static final Pattern LEPTO = Patterns.of("leptomeningeal|carcinomatous meningitis|meningeal carcinomatosis");
    private static final Pattern CORD = Patterns.of("spinal cord compression");
    private static final Pattern ACTIVE = Patterns.of("\\b(active|symptomatic|untreated|progressing|unstable|uncontrolled)\\b[^.;,]{0,40}(brain|CNS|central nervous)");
    private static final Pattern NONE_OR_INACTIVE = Patterns.of("\\bno (evidence of )?brain metastas[ie]s\\b[^.;]{0,20}\\bor\\b[^.;]{0,30}(asymptomatic|stable|treated|inactive)");
    private static final Pattern NONE = Patterns.of("\\bno (evidence of )?(brain|CNS) metastas[ie]s");

    @Override
    public void apply(Sentence s, Lexicon lexicon, Findings out) {
        String t = s.text();
        boolean brain = Patterns.find(BRAIN, t);
        boolean lepto = Patterns.find(LEPTO, t);
        if (s.exclusion()) {
            if (brain) {
                out.add(new Criterion.BrainMetastases(List.of(Patterns.find(ACTIVE, t) ? "active" : "any")));
            }
            if (lepto) {
                out.add(new Criterion.MetastaticSite(List.of("leptomeningeal")));
            }
            if (Patterns.find(CORD, t)) {
                out.add(new Criterion.SymptomPresent(List.of("cord-compression")));
            }
            return;
        }
        if (Patterns.find(NONE_OR_INACTIVE, t)) {
            out.add(new Criterion.Not(new Criterion.BrainMetastases(List.of("active"))));
        } else if (Patterns.find(NONE, t)) {
            out.add(new Criterion.Not(new Criterion.BrainMetastases(List.of("any"))));
        } else if (brain && lepto) {
            out.add(new Criterion.AnyOf(List.of(new Criterion.BrainMetastases(List.of("any")),
                    new Criterion.MetastaticSite(List.of("leptomeningeal")))));
        } else if (brain) {
            out.add(new Criterion.BrainMetastases(List.of(Patterns.find(ACTIVE, t) ? "active" : "any")));
        } else if (lepto) {
            out.add(new Criterion.MetastaticSite(List.of("leptomeningeal")));
        }
    }
}
