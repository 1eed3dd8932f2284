package org.mbcnav.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mbcnav.engine.LineOffer;
import org.mbcnav.engine.PlanOutline;
import org.mbcnav.engine.Planner;
import org.mbcnav.fhir.BulkExportReader;
import org.mbcnav.fhir.BulkPatientResult;
import org.mbcnav.fhir.KnowledgeDrugCodes;
import org.mbcnav.io.Mappers;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.plan.Exclusion;
import org.mbcnav.model.plan.MissingTest;
import org.mbcnav.model.plan.Plan;

/**
 * What the cohort asks the planner for (the outline as of the run date, the offer at each
 * metastatic course start, on the record as it stood then) equals what the full plan says, for
 * every patient of a synthetic population: the cohort counts the same options a single-patient
 * plan shows.
 */
class LeanPlanningTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @Test
    void outlineAndOfferAgreeWithTheFullPlanOverASyntheticPopulation(@TempDir Path dir) throws Exception {
        new SyntheticPopulation(SynthModel.defaults(), TestKnowledge.get(), Mappers.json())
                .write(1500, 11, AS_OF, dir, false, Progress.NONE);
        List<BulkPatientResult> read = new ArrayList<>();
        new BulkExportReader(new KnowledgeDrugCodes(TestKnowledge.get())).readAll(dir, read::add);
        Planner planner = new Planner(TestKnowledge.get());
        int plans = 0;
        int offered = 0;
        int leftOut = 0;
        for (BulkPatientResult r : read) {
            Patient p = r.result().patient();
            assertOutline(planner, p, AS_OF);
            plans++;
            for (TreatmentCourse c : p.treatments()) {
                if (c.setting() == TherapySetting.METASTATIC && c.start() != null && !c.start().isAfter(AS_OF)) {
                    Patient then = HistoryBefore.at(p, c.start());
                    assertOffer(planner, then, c.start());
                    assertOutline(planner, then, c.start());
                    plans++;
                    List<PlanOutline.Option> all = planner.offered(then, c.start()).options();
                    offered += all.size();
                    leftOut += assertOfferForDrugs(planner, then, c, all);
                }
            }
        }
        assertThat(read).hasSize(1500);
        assertThat(plans).isGreaterThan(3000);
        assertThat(offered).as("options offered at course starts").isGreaterThan(1000);
        assertThat(leftOut).as("options left out by the drug filter").isGreaterThan(1000);
    }

    /**
     * The offer for a course's drugs is the full offer without the regimens that cannot give any
     * of them (no component, whatever its condition, has one), so it judges the course the same.
     * Returns how many options it left out.
     */
    private static int assertOfferForDrugs(Planner planner, Patient then, TreatmentCourse c, List<PlanOutline.Option> all) {
        Set<String> given = Set.copyOf(c.drugs());
        List<PlanOutline.Option> forDrugs = planner.offered(then, c.start(), given).options();
        List<PlanOutline.Option> expected = all.stream().filter(o -> canGive(o.id(), given)).toList();
        assertThat(forDrugs).as(then.id() + " at " + c.start()).isEqualTo(expected);
        assertThat(all.stream().filter(o -> !canGive(o.id(), given)))
                .as("left out options have none of the course's drugs").allMatch(o -> java.util.Collections.disjoint(o.drugs(), given));
        return all.size() - forDrugs.size();
    }

    private static boolean canGive(String regimenId, Set<String> drugs) {
        Regimen r = TestKnowledge.get().regimens().stream().filter(x -> x.id().equals(regimenId)).findFirst().orElseThrow();
        return r.components().stream().anyMatch(comp -> comp.drugs().stream().anyMatch(drugs::contains));
    }

    private static void assertOutline(Planner planner, Patient p, LocalDate asOf) {
        Plan plan = planner.plan(p, asOf);
        PlanOutline o = planner.outline(p, asOf);
        String who = p.id() + " as of " + asOf;
        assertThat(o.options()).as(who).isEqualTo(plan.options().stream()
                .map(x -> new PlanOutline.Option(x.rank(), x.id(), x.category(), x.drugs().stream().map(d -> d.name()).toList())).toList());
        assertThat(o.excluded()).as(who).isEqualTo(plan.excluded().stream().map(Exclusion::id).toList());
        assertThat(o.missingTests()).as(who).isEqualTo(plan.missingTests().stream().map(MissingTest::id).toList());
        assertThat(o.subtype()).as(who).isEqualTo(plan.patientSummary().subtype());
        assertThat(o.line()).as(who).isEqualTo(plan.patientSummary().line());
    }

    private static void assertOffer(Planner planner, Patient p, LocalDate asOf) {
        Plan plan = planner.plan(p, asOf);
        LineOffer offer = planner.offered(p, asOf);
        assertThat(offer.options()).as(p.id() + " as of " + asOf).isEqualTo(plan.options().stream()
                .map(x -> new PlanOutline.Option(0, x.id(), x.category(), x.drugs().stream().map(d -> d.name()).toList()))
                .sorted(Comparator.comparing(PlanOutline.Option::id)).toList());
        assertThat(offer.line()).isEqualTo(plan.patientSummary().line());
    }
}
