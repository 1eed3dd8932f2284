package org.mbcnav.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mbcnav.engine.Assessment;
import org.mbcnav.engine.Planning;
import org.mbcnav.engine.RuleResult;
import org.mbcnav.engine.Verdict;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.knowledge.Rule;

/**
 * Accumulates, case by case, which parts of the knowledge the cases exercise. It reads the
 * engine's own assessments (one verdict per criterion, nested parts in order), so it measures
 * exactly what the planner decided and needs no hook in the engine.
 */
public final class KnowledgeCoverage {
    private final Knowledge k;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> noOption = new ArrayList<>();
    private int cases;

    public KnowledgeCoverage(Knowledge k) {
        this.k = k;
        for (Regimen r : k.regimens()) {
            Entry e = new Entry();
            for (int i = 0; i < r.eligibility().size(); i++) {
                enumerate("eligibility[" + i + "]", r.eligibility().get(i), e.criteria);
            }
            rules("exclusions", r.exclusions(), e.rules);
            rules("cautions", r.cautions(), e.rules);
            entries.put(r.id(), e);
        }
    }

    public void add(String caseId, Planning planning) {
        cases++;
        if (planning.plan().options().isEmpty()) {
            noOption.add(caseId);
        }
        for (Assessment a : planning.assessments()) {
            Entry e = entries.get(a.regimen().id());
            e.outcomes.merge(a.outcome(), 1, Integer::sum);
            List<Criterion> eligibility = a.regimen().eligibility();
            for (int i = 0; i < eligibility.size(); i++) {
                record("eligibility[" + i + "]", eligibility.get(i), a.eligibility().get(i), e.criteria);
            }
            recordRules("exclusions", a.exclusions(), e.rules);
            recordRules("cautions", a.cautions(), e.rules);
        }
    }

    public CoverageReport report() {
        List<EntryCoverage> out = new ArrayList<>();
        entries.forEach((id, e) -> out.add(new EntryCoverage(id, e.outcomes,
                e.criteria.entrySet().stream().map(x -> x.getValue().freeze(x.getKey())).toList(),
                e.rules.entrySet().stream().map(x -> x.getValue().freeze(x.getKey())).toList())));
        return CoverageReport.of(k.release().version(), cases, out, noOption);
    }

    private static void enumerate(String path, Criterion c, Map<String, Counts> into) {
        into.put(path, new Counts(c.key()));
        switch (c) {
            case Criterion.AllOf all -> children(path + ".allOf", all.criteria(), into);
            case Criterion.AnyOf any -> children(path + ".anyOf", any.criteria(), into);
            case Criterion.Not not -> enumerate(path + ".not", not.criterion(), into);
            default -> {
            }
        }
    }

    private static void children(String prefix, List<Criterion> list, Map<String, Counts> into) {
        for (int i = 0; i < list.size(); i++) {
            enumerate(prefix + "[" + i + "]", list.get(i), into);
        }
    }

    private static void rules(String kind, List<Rule> rules, Map<String, Counts> into) {
        for (int i = 0; i < rules.size(); i++) {
            into.put(kind + "[" + i + "]", new Counts(rules.get(i).reason()));
        }
    }

    /** Walks the criterion and its verdict together; the evaluator keeps one part per nested criterion, in order. */
    private static void record(String path, Criterion c, Verdict v, Map<String, Counts> into) {
        into.get(path).see(v);
        switch (c) {
            case Criterion.AllOf all -> recordChildren(path + ".allOf", all.criteria(), v, into);
            case Criterion.AnyOf any -> recordChildren(path + ".anyOf", any.criteria(), v, into);
            case Criterion.Not not -> {
                if (v.parts().size() == 1) {
                    record(path + ".not", not.criterion(), v.parts().get(0), into);
                }
            }
            default -> {
            }
        }
    }

    private static void recordChildren(String prefix, List<Criterion> list, Verdict v, Map<String, Counts> into) {
        if (v.parts().size() != list.size()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            record(prefix + "[" + i + "]", list.get(i), v.parts().get(i), into);
        }
    }

    private static void recordRules(String kind, List<RuleResult> results, Map<String, Counts> into) {
        for (int i = 0; i < results.size(); i++) {
            RuleResult r = results.get(i);
            // Rules the engine adds to every regimen (no rechallenge after progression) come after the entry's own.
            into.computeIfAbsent(kind + "[" + i + "]", x -> new Counts(r.rule().reason())).count(r.verdict());
        }
    }

    private static final class Entry {
        final Map<String, Integer> outcomes = new TreeMap<>();
        final Map<String, Counts> criteria = new LinkedHashMap<>();
        final Map<String, Counts> rules = new LinkedHashMap<>();
    }

    /** Mutable tallies while cases are added; frozen into a PathCoverage for the report. */
    private static final class Counts {
        String text;
        int seenTrue;
        int seenFalse;
        int seenUnknown;

        Counts(String text) {
            this.text = text;
        }

        /** For criteria the evaluator's sentence is clearer than the YAML key, so the first one seen is kept. */
        void see(Verdict v) {
            if (seenTrue + seenFalse + seenUnknown == 0) {
                text = v.criterion();
            }
            count(v);
        }

        void count(Verdict v) {
            switch (v.truth()) {
                case TRUE -> seenTrue++;
                case FALSE -> seenFalse++;
                case UNKNOWN -> seenUnknown++;
            }
        }

        PathCoverage freeze(String path) {
            return new PathCoverage(path, text, seenTrue, seenFalse, seenUnknown);
        }
    }
}
