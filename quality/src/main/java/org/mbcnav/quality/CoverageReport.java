package org.mbcnav.quality;

import java.util.List;

/**
 * Knowledge coverage over a set of cases, in the manner of code coverage: which entries no case
 * offers, which criteria no case makes false (untested), which rules never fire, which cases
 * reach no option. Every figure carries its denominator.
 */
public record CoverageReport(String knowledgeVersion, int cases, Summary summary, List<String> neverOffered,
                             List<String> casesWithNoOption, List<EntryCoverage> entries) {
    public CoverageReport {
        neverOffered = List.copyOf(neverOffered);
        casesWithNoOption = List.copyOf(casesWithNoOption);
        entries = List.copyOf(entries);
    }

    /**
     * @param entriesOffered        entries offered to at least one case / all regimen entries
     * @param criteriaSeenTrue      eligibility criteria (nested parts included) seen true at least once / all
     * @param criteriaSeenFalse     criteria seen false at least once / all (never false = untested)
     * @param criteriaSeenBoth      criteria seen both true and false / all
     * @param rulesFired            exclusions and cautions that held for at least one case / all
     * @param casesReachingAnOption cases with at least one offered option / all cases
     */
    public record Summary(Ratio entriesOffered, Ratio criteriaSeenTrue, Ratio criteriaSeenFalse, Ratio criteriaSeenBoth,
                          Ratio rulesFired, Ratio casesReachingAnOption) {
    }

    static CoverageReport of(String version, int cases, List<EntryCoverage> entries, List<String> noOption) {
        List<PathCoverage> criteria = entries.stream().flatMap(e -> e.criteria().stream()).toList();
        List<PathCoverage> rules = entries.stream().flatMap(e -> e.rules().stream()).toList();
        Summary s = new Summary(
                new Ratio((int) entries.stream().filter(e -> e.offered() > 0).count(), entries.size()),
                new Ratio((int) criteria.stream().filter(c -> c.seenTrue() > 0).count(), criteria.size()),
                new Ratio((int) criteria.stream().filter(c -> c.seenFalse() > 0).count(), criteria.size()),
                new Ratio((int) criteria.stream().filter(c -> c.seenTrue() > 0 && c.seenFalse() > 0).count(), criteria.size()),
                new Ratio((int) rules.stream().filter(PathCoverage::fired).count(), rules.size()),
                new Ratio(cases - noOption.size(), cases));
        List<String> never = entries.stream().filter(e -> e.offered() == 0).map(EntryCoverage::id).toList();
        return new CoverageReport(version, cases, s, never, noOption, entries);
    }
}
