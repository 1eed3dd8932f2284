package org.mbcnav.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.engine.state.ClinicalStateDeriver;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.plan.Exclusion;
import org.mbcnav.model.plan.MissingTest;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;

/**
 * The one pipeline: Patient -> ClinicalState -> Plan. Pure: the same patient, knowledge and
 * as-of date always give the same plan. Every entry point (CLI, service, cohort) calls this.
 */
public final class Planner {
    private final Knowledge k;
    private final KnowledgeIndex index;

    /** A planner may be shared by threads: it holds only the knowledge and a read-only index. */
    public Planner(Knowledge knowledge) {
        this.k = knowledge;
        this.index = new KnowledgeIndex(knowledge);
    }

    public Plan plan(Patient patient, LocalDate asOf) {
        return planning(patient, asOf).plan();
    }

    /**
     * The options the plan would offer at the as-of date (unranked, by id) and the line about to
     * start: the same option set and drugs as {@link #plan}, decided from criterion truths alone
     * (no sentences, approvals, ranking, tests, supportive care or monitoring). A population run
     * calls this once per treatment course to judge concordance.
     */
    public LineOffer offered(Patient patient, LocalDate asOf) {
        return offered(patient, asOf, null);
    }

    /**
     * {@link #offered(Patient, LocalDate)} among the regimens that can give at least one of the
     * given drugs only (any of their components, whatever its condition): the options a course
     * of these drugs can match. The others are not screened, which is most of the cost when a
     * course has one or two drugs. Null drugs: every regimen.
     */
    public LineOffer offered(Patient patient, LocalDate asOf, Collection<String> drugs) {
        ClinicalState state = new ClinicalStateDeriver(k, false).derive(patient, asOf);
        RegimenScreen screen = new RegimenScreen(new CriterionEvaluator(state, index));
        List<PlanOutline.Option> options = new ArrayList<>();
        List<RegimenScreen.Rules> screens = index.screens();
        BitSet which = index.screensGivingAny(drugs);
        for (int i = which.nextSetBit(0); i >= 0; i = which.nextSetBit(i + 1)) {
            RegimenScreen.Rules rules = screens.get(i);
            if (screen.offered(rules)) {
                Regimen r = rules.regimen();
                options.add(new PlanOutline.Option(0, r.id(), r.category(), screen.drugs(rules)));
            }
        }
        return new LineOffer(state.nextLine(), options);
    }

    /**
     * The plan as a population run counts it: the same ranked options, excluded regimens, missing
     * tests and trials as {@link #plan}, decided from criterion truths. Regimens are screened on
     * truths; the offered ones are ranked on truths ({@link OptionRanker#rankOffers}: no
     * verdicts, approval texts or reasons), and for those waiting for information only the
     * unknown criteria are explained, for the tests that would settle them.
     */
    public PlanOutline outline(Patient patient, LocalDate asOf) {
        // Neither path reads the state's derivation steps or flags (only the plan's summary shows them).
        ClinicalState state = new ClinicalStateDeriver(k, false).derive(patient, asOf);
        CriterionEvaluator criteria = new CriterionEvaluator(state, index);
        RegimenScreen screen = new RegimenScreen(criteria);
        PlanItems items = new PlanItems(index);
        List<Offer> offered = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        // The tests that would settle a regimen held back for missing facts. Only their union
        // counts here (the plan's text says which regimen each opens), so an unknown criterion
        // shared by several regimens is explained once.
        Set<String> opening = new HashSet<>();
        boolean[] explained = new boolean[index.slotCount()];
        for (RegimenScreen.Rules rules : index.screens()) {
            Regimen r = rules.regimen();
            String outcome = screen.outcome(rules);
            if ("offered".equals(outcome)) {
                offered.add(new Offer(r, screen.drugs(rules)));
                continue;
            }
            excluded.add(r.id());
            if ("needs-information".equals(outcome)) {
                // The tests come from the unknown eligibility criteria only (PlanItems.exclusion).
                RegimenScreen.Numbered eligibility = rules.eligibility();
                for (int i = 0; i < eligibility.slots().length; i++) {
                    Criterion c = eligibility.criteria()[i];
                    int slot = eligibility.slots()[i];
                    if (criteria.truth(c, slot) == Truth.UNKNOWN && (slot < 0 || !explained[slot])) {
                        if (slot >= 0) {
                            explained[slot] = true;
                        }
                        opening.addAll(items.testsFor(criteria.missing(c)));
                    }
                }
            }
        }
        OptionRanker ranker = new OptionRanker(k, patient.preferences(), criteria);
        List<Offer> ranked = ranker.rankOffers(offered, new ApprovalEvaluator(criteria, state.asOf()));
        List<PlanOutline.Option> options = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Offer o = ranked.get(i);
            options.add(new PlanOutline.Option(i + 1, o.regimen().id(), o.regimen().category(), o.drugs()));
        }
        // The tests of the regimens waiting for information, and those recommended for this patient.
        List<String> tests = new TestPlanner(k, state, criteria).ids(opening, ranked);
        return new PlanOutline(k.release().version(), SummaryBuilder.subtype(state), state.nextLine(), options, excluded,
                tests, List.of(), k.release().disclaimer());
    }

    public Planning planning(Patient patient, LocalDate asOf) {
        ClinicalState state = new ClinicalStateDeriver(k).derive(patient, asOf);
        CriterionEvaluator criteria = new CriterionEvaluator(state, index);
        RegimenAssessor assessor = new RegimenAssessor(k, index, criteria, state);
        List<Assessment> assessments = new ArrayList<>();
        for (Regimen r : k.regimens()) {
            assessments.add(assessor.assess(r));
        }
        assessments.sort(Comparator.comparing(a -> a.regimen().id()));

        OptionRanker ranker = new OptionRanker(k, patient.preferences(), criteria);
        List<Assessment> offered = ranker.rank(assessments.stream().filter(Assessment::offered).toList());
        PlanItems items = new PlanItems(index);
        List<PlanOption> options = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            options.add(items.option(i + 1, offered.get(i), ranker.preferenceNotes(offered.get(i)), ranker.rulesMatched(offered.get(i))));
        }
        List<Exclusion> excluded = assessments.stream().filter(a -> !a.offered()).map(items::exclusion).toList();
        List<MissingTest> tests = new TestPlanner(k, state, criteria).plan(excluded, offered);
        Plan plan = new Plan(asOf, k.release().version(), SummaryBuilder.build(state), options, excluded,
                new SupportiveCarePlanner(k, criteria).plan(offered),
                new MonitoringPlanner(k, criteria, asOf).plan(offered),
                tests, List.of(), List.of(), k.release().disclaimer());
        return new Planning(plan, state, assessments);
    }
}
