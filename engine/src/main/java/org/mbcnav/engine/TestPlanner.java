package org.mbcnav.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.TestDefinition;
import org.mbcnav.model.plan.Exclusion;
import org.mbcnav.model.plan.MissingTest;

/**
 * Missing tests: those whose result would open an option now held back for missing facts, and
 * those knowledge recommends for this patient that have no current result.
 */
final class TestPlanner {
    private final Knowledge k;
    private final ClinicalState state;
    private final CriterionEvaluator criteria;
    private final SourceRefs sources;
    private final RegimenTriggers triggers;

    TestPlanner(Knowledge k, ClinicalState state, CriterionEvaluator criteria) {
        this.k = k;
        this.state = state;
        this.criteria = criteria;
        this.sources = new SourceRefs(k);
        this.triggers = new RegimenTriggers(k);
    }

    List<MissingTest> plan(List<Exclusion> excluded, List<Assessment> offered) {
        Map<String, List<String>> waiting = new LinkedHashMap<>();
        for (Exclusion e : excluded) {
            if ("needs-information".equals(e.kind())) {
                waiting.put(e.id(), e.tests());
            }
        }
        return plan(waiting, offered);
    }

    /** @param waiting each regimen held back for missing facts, with the tests that would settle them */
    List<MissingTest> plan(Map<String, List<String>> waiting, List<Assessment> offered) {
        Map<String, Set<String>> opens = opens(waiting);
        List<Offer> offers = offered.stream().map(Offer::of).toList();
        List<MissingTest> out = new ArrayList<>();
        for (TestDefinition t : k.tests()) {
            Set<String> opened = opens.getOrDefault(t.id(), Set.of());
            List<String> triggeredBy = t.whenRegimen() == null ? List.of()
                    : offers.stream().filter(o -> triggers.matches(t.whenRegimen(), o)).map(o -> o.regimen().id()).toList();
            if (opened.isEmpty() && !recommended(t, () -> !triggeredBy.isEmpty())) {
                continue;
            }
            String why = t.why() == null ? "" : t.why();
            if (!opened.isEmpty()) {
                why = (why.isEmpty() ? "" : why + " ") + "A result would settle " + opened.size() + " option(s) now held back.";
            }
            if (!triggeredBy.isEmpty()) {
                why = (why.isEmpty() ? "" : why + " ") + "Needed before: " + String.join(", ", triggeredBy) + ".";
            }
            out.add(new MissingTest(t.id(), t.title(), why.trim(), t.specimen(), List.copyOf(opened), sources.of(t.sources())));
        }
        return out;
    }

    /**
     * The ids of the tests {@link #plan} would list, in the same order, without their texts and
     * sources (for {@link Planner#outline}): the same decision per test.
     */
    /** @param opening the tests that would settle some regimen held back for missing facts */
    List<String> ids(Set<String> opening, List<Offer> offered) {
        List<String> out = new ArrayList<>();
        for (TestDefinition t : k.tests()) {
            if (opening.contains(t.id()) || recommended(t, () -> t.whenRegimen() != null
                    && offered.stream().anyMatch(o -> triggers.matches(t.whenRegimen(), o)))) {
                out.add(t.id());
            }
        }
        return out;
    }

    private static Map<String, Set<String>> opens(Map<String, List<String>> waiting) {
        Map<String, Set<String>> opens = new LinkedHashMap<>();
        waiting.forEach((id, tests) -> {
            for (String t : tests) {
                opens.computeIfAbsent(t, x -> new TreeSet<>()).add(id);
            }
        });
        return opens;
    }

    /**
     * Recommended: not settled, and knowledge's condition holds or an offered option needs it
     * first. The cheap condition is read first; whether the test is settled only when it could matter.
     */
    private boolean recommended(TestDefinition t, BooleanSupplier triggered) {
        boolean when = t.recommendWhen() != null && criteria.truth(t.recommendWhen()) == Truth.TRUE;
        if (!when && t.whenRegimen() == null) {
            return false; // no offered option can trigger a test without a regimen trigger
        }
        return !settled(t) && (when || triggered.getAsBoolean());
    }

    /**
     * A gene test is settled when an actionable alteration in any of its genes is already known,
     * or when every gene has a current result (for ctDNA: drawn since the last progression).
     */
    private boolean genesSettled(TestDefinition t) {
        boolean germline = t.settles().contains("germline");
        boolean ctdna = "ctdna".equals(t.specimen());
        boolean allKnown = true;
        for (String gene : t.genes()) {
            var results = state.patient().genomics().stream()
                    .filter(r -> gene.equalsIgnoreCase(r.gene()) && (!germline || CriterionEvaluator.germline(r)))
                    .toList();
            if (results.stream().anyMatch(CriterionEvaluator::detected)) {
                return true;
            }
            boolean current = results.stream().anyMatch(r -> !ctdna || state.lastProgression() == null
                    || (r.date() != null && !r.date().isBefore(state.lastProgression())));
            allKnown &= current;
        }
        return allKnown;
    }

    /** A recommended test is settled when every fact it provides is already known and current. */
    private boolean settled(TestDefinition t) {
        if (!t.genes().isEmpty() && !genesSettled(t)) {
            return false;
        }
        var b = state.patient().biomarkers();
        if (t.settles().stream().anyMatch(x -> x.startsWith("pdl1")) && b.pdl1().isEmpty()) {
            return false;
        }
        if (t.settles().contains("msi") && b.msi().isEmpty()) {
            return false;
        }
        if (t.settles().contains("tmb") && b.tmb().isEmpty()) {
            return false;
        }
        if (t.settles().contains("her2") && state.her2().size() > 1) {
            return false;
        }
        // Receptors are settled by a biopsy of the metastatic disease, not by the primary's result.
        return !t.settles().contains("receptors") || state.patient().tumor().biopsies().stream()
                .anyMatch(x -> Boolean.TRUE.equals(x.metastatic()) || (x.date() != null && state.metastaticDate() != null
                        && !x.date().isBefore(state.metastaticDate())));
    }
}
