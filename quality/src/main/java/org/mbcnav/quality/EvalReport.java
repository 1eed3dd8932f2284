package org.mbcnav.quality;

import java.util.List;

/**
 * The evaluation of a cases file: every figure with its denominator.
 *
 * @param recall     satisfied expected items / all expected items (mustOffer + mustOfferOnLabel)
 * @param violations violated mustNotOfferOnLabel items / all such items
 * @param setMatch   cases with every expected item satisfied / cases that expect any item
 * @param exactMatch cases whose US on-label offered set equals exactOptions / cases declaring it
 * @param passed     cases with no failure / all cases
 */
public record EvalReport(String knowledgeVersion, Ratio passed, Ratio recall, Ratio violations, Ratio setMatch,
                         Ratio exactMatch, List<CaseResult> cases) {
    public EvalReport {
        cases = List.copyOf(cases);
    }

    public boolean allPassed() {
        return passed.count() == passed.total();
    }

    static EvalReport of(String version, List<CaseResult> results) {
        int expected = 0;
        int met = 0;
        int checked = 0;
        int violated = 0;
        for (CaseResult r : results) {
            expected += r.expected();
            met += r.met();
            checked += r.checked();
            violated += r.violations();
        }
        return new EvalReport(version,
                new Ratio((int) results.stream().filter(CaseResult::passed).count(), results.size()),
                new Ratio(met, expected),
                new Ratio(violated, checked),
                new Ratio((int) results.stream().filter(r -> Boolean.TRUE.equals(r.setMatch())).count(),
                        (int) results.stream().filter(r -> r.setMatch() != null).count()),
                new Ratio((int) results.stream().filter(r -> Boolean.TRUE.equals(r.exactMatch())).count(),
                        (int) results.stream().filter(r -> r.exactMatch() != null).count()),
                results);
    }
}
