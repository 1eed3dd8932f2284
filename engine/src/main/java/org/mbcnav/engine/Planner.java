package org.mbcnav.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.engine.state.ClinicalStateDeriver;
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
        PlanItems items = new PlanItems(k, index);
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
