package org.mbcnav.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.mbcnav.model.knowledge.Component;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.knowledge.Rule;
import org.mbcnav.model.plan.SourceRef;

/**
 * What does not depend on the patient, computed once per knowledge base so that planning one
 * patient does not rebuild it 75 times: each criterion's text and number (equal criteria share
 * one), each regimen's source list and screening rules, and the tests that settle each missing
 * fact. Read-only after construction, so one index serves every thread.
 */
final class KnowledgeIndex {
    private final Map<Criterion, String> texts = new IdentityHashMap<>();
    private final Map<String, List<SourceRef>> regimenSources = new HashMap<>();
    private final Map<String, Rule> rechallenge = new HashMap<>();
    private final List<Regimen> regimensById;
    private final List<RegimenScreen.Rules> screens;
    /** For each drug, the positions in {@link #screens} of the regimens that can give it. */
    private final Map<String, BitSet> screensByDrug = new HashMap<>();
    private final MissingFacts missingFacts;
    /**
     * A number per criterion of the knowledge base, the same for equal criteria (criteria are
     * records: equal parts, equal criterion), so that one planning can keep each truth once
     * ({@link CriterionEvaluator#truth}); filled during construction only.
     */
    private final Map<Criterion, Integer> slots = new IdentityHashMap<>();
    private final Map<Criterion, Integer> slotOfEqual = new HashMap<>();

    KnowledgeIndex(Knowledge k) {
        List<Regimen> sorted = new ArrayList<>(k.regimens());
        sorted.sort(java.util.Comparator.comparing(Regimen::id));
        this.regimensById = List.copyOf(sorted);
        SourceRefs refs = new SourceRefs(k);
        for (Regimen r : k.regimens()) {
            List<String> ruleSources = new ArrayList<>();
            List<String> approvalSources = new ArrayList<>();
            r.exclusions().forEach(x -> ruleSources.addAll(x.sources()));
            r.cautions().forEach(x -> ruleSources.addAll(x.sources()));
            r.approvals().forEach(x -> approvalSources.addAll(x.sources()));
            regimenSources.put(r.id(), refs.of(r.sources(), r.categorySources(), approvalSources, ruleSources));
            r.eligibility().forEach(this::index);
            r.exclusions().stream().map(Rule::when).forEach(this::index);
            r.cautions().stream().map(Rule::when).forEach(this::index);
            r.components().stream().map(Component::when).forEach(this::index);
            r.approvals().forEach(a -> a.conditions().forEach(this::index));
            Rule again = rechallengeRule(k, r);
            if (again != null) {
                rechallenge.put(r.id(), again);
                index(again.when());
            }
        }
        k.supportiveCare().forEach(s -> index(s.when()));
        k.monitoring().forEach(m -> index(m.when()));
        k.tests().forEach(t -> index(t.recommendWhen()));
        k.definitions().rankingRules().forEach(r -> index(r.when()));
        this.missingFacts = new MissingFacts(k);
        this.screens = regimensById.stream().map(r -> RegimenScreen.Rules.of(r, rechallenge.get(r.id()), this)).toList();
        for (int i = 0; i < screens.size(); i++) {
            for (Component c : screens.get(i).regimen().components()) {
                for (String drug : c.drugs()) {
                    screensByDrug.computeIfAbsent(drug, d -> new BitSet()).set(i);
                }
            }
        }
    }

    private void index(Criterion c) {
        if (c == null || texts.containsKey(c)) {
            return;
        }
        texts.put(c, CriterionText.of(c));
        slots.put(c, slotOfEqual.computeIfAbsent(c, x -> slotOfEqual.size()));
        switch (c) {
            case Criterion.AllOf a -> a.criteria().forEach(this::index);
            case Criterion.AnyOf a -> a.criteria().forEach(this::index);
            case Criterion.Not n -> index(n.criterion());
            default -> {
            }
        }
    }

    /**
     * "Progressed on this regimen before": every unconditional component was given in a course
     * that ended in progression; for a choice between alternatives, every alternative was (another
     * alternative left untried keeps the regimen open). Null when knowledge does not ask for it or
     * the regimen has no drugs (radiotherapy).
     */
    private static Rule rechallengeRule(Knowledge k, Regimen r) {
        var basis = k.definitions().rechallenge();
        List<Criterion> parts = new ArrayList<>();
        for (Component c : r.components()) {
            if (c.when() != null) {
                continue;
            }
            List<Criterion> alternatives = c.drugs().stream()
                    .map(d -> (Criterion) new Criterion.PriorDrug(d, "any", true)).toList();
            parts.add(alternatives.size() == 1 ? alternatives.get(0) : new Criterion.AllOf(alternatives));
        }
        if (basis == null || parts.isEmpty()) {
            return null;
        }
        Criterion when = parts.size() == 1 ? parts.get(0) : new Criterion.AllOf(parts);
        return new Rule(when, "exclusion", basis.basis(), basis.sources(), false);
    }

    /** The regimens in id order, the order of the plan's exclusions. */
    List<Regimen> regimensById() {
        return regimensById;
    }

    /** The tests that settle each missing fact, shared by every planning of this knowledge base. */
    MissingFacts missingFacts() {
        return missingFacts;
    }

    /** What screening reads of each regimen, in id order (the order of {@link #regimensById}). */
    List<RegimenScreen.Rules> screens() {
        return screens;
    }

    /**
     * The positions in {@link #screens} of the regimens that can give at least one of the drugs
     * (a component has it, whatever the component's condition); every position for null drugs.
     * A new set: the caller may keep it.
     */
    BitSet screensGivingAny(Collection<String> drugs) {
        BitSet out = new BitSet(screens.size());
        if (drugs == null) {
            out.set(0, screens.size());
            return out;
        }
        for (String drug : drugs) {
            BitSet giving = screensByDrug.get(drug);
            if (giving != null) {
                out.or(giving);
            }
        }
        return out;
    }

    /** The criterion's number (equal criteria share one), or -1 for a criterion built outside the knowledge base. */
    int slot(Criterion c) {
        Integer slot = slots.get(c);
        return slot == null ? -1 : slot;
    }

    /** How many numbers {@link #slot} gives out: one per distinct criterion. */
    int slotCount() {
        return slotOfEqual.size();
    }

    /** The no-rechallenge rule of the regimen, if any. */
    Rule rechallenge(Regimen r) {
        return rechallenge.get(r.id());
    }

    /** The criterion's text; criteria built outside the knowledge base are rendered on demand. */
    String text(Criterion c) {
        String t = texts.get(c);
        return t != null ? t : CriterionText.of(c);
    }

    List<SourceRef> sources(Regimen r) {
        return regimenSources.get(r.id());
    }
}
