package org.mbcnav.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mbcnav.engine.state.ClinicalStateDeriver;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.plan.Exclusion;
import org.mbcnav.model.plan.MissingTest;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;

/**
 * The lean paths a population run uses ({@link Planner#offered}, {@link Planner#outline},
 * {@link CriterionEvaluator#truth}) give exactly what the full plan gives, for every example
 * patient (as of the examples' date and as of each course start) and for random patients.
 */
class PlanOutlineTest {
    private final Knowledge k = TestKnowledge.kb();
    private final Planner planner = new Planner(k);

    @Provide
    Arbitrary<Patient> patients() {
        return RandomPatients.patients();
    }

    @Property(tries = 300)
    void leanPathsMatchTheFullPlan(@ForAll("patients") Patient p) {
        assertSame(p, TestKnowledge.AS_OF);
    }

    @Example
    void leanPathsMatchTheFullPlanForEveryExampleAtEveryCourseStart() throws IOException {
        int checked = 0;
        for (Patient p : examples()) {
            assertSame(p, TestKnowledge.AS_OF);
            checked++;
            for (TreatmentCourse c : p.treatments()) {
                if (c.start() != null) {
                    assertSame(p, c.start());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    /** The outline is a projection of the plan; the offer is its option set; truths agree. */
    private void assertSame(Patient p, LocalDate asOf) {
        Plan plan = planner.plan(p, asOf);
        PlanOutline outline = planner.outline(p, asOf);
        List<PlanOutline.Option> fromPlan = plan.options().stream().map(PlanOutlineTest::option).toList();
        String who = p.id() + " as of " + asOf;
        assertThat(outline.options()).as(who).isEqualTo(fromPlan);
        assertThat(outline.excluded()).as(who).isEqualTo(plan.excluded().stream().map(Exclusion::id).toList());
        assertThat(outline.missingTests()).as(who).isEqualTo(plan.missingTests().stream().map(MissingTest::id).toList());
        assertThat(outline.trials()).as(who).isEqualTo(plan.trials());
        assertThat(outline.subtype()).as(who).isEqualTo(plan.patientSummary().subtype());
        assertThat(outline.line()).as(who).isEqualTo(plan.patientSummary().line());
        assertThat(outline.knowledgeVersion()).isEqualTo(plan.knowledgeVersion());
        assertThat(outline.disclaimer()).isEqualTo(plan.disclaimer());

        LineOffer offer = planner.offered(p, asOf);
        List<PlanOutline.Option> unranked = fromPlan.stream()
                .map(o -> new PlanOutline.Option(0, o.id(), o.category(), o.drugs()))
                .sorted(java.util.Comparator.comparing(PlanOutline.Option::id)).toList();
        assertThat(offer.options()).as(who).isEqualTo(unranked);
        assertThat(offer.line()).as(who).isEqualTo(plan.patientSummary().line());

        CriterionEvaluator criteria = new CriterionEvaluator(new ClinicalStateDeriver(k).derive(p, asOf));
        for (Criterion c : KnowledgeCriteria.all(k)) {
            assertThat(criteria.truth(c)).as(who + ": " + c).isEqualTo(criteria.evaluate(c).truth());
        }
    }

    private static PlanOutline.Option option(PlanOption o) {
        return new PlanOutline.Option(o.rank(), o.id(), o.category(), o.drugs().stream().map(d -> d.name()).toList());
    }

    private static List<Patient> examples() throws IOException {
        try (Stream<Path> files = Files.list(TestKnowledge.root().resolve("examples/patients"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                    .map(n -> TestKnowledge.example(n.substring(0, n.length() - ".yaml".length()))).toList();
        }
    }
}
