package org.mbcnav.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.engine.state.ClinicalStateDeriver;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.Patient;

/**
 * The truths a planning keeps ({@link CriterionEvaluator#truth} with the knowledge index) are
 * the truths a fresh evaluation gives, whatever order the criteria are asked in: the number
 * shared by equal criteria never mixes up two different ones, and nothing a truth depends on
 * changes while it is kept. The missing facts read from truths ({@link CriterionEvaluator#missing})
 * are those of the full verdict.
 */
class CriterionTruthMemoTest {
    private final Knowledge k = TestKnowledge.kb();
    private final KnowledgeIndex index = new KnowledgeIndex(k);

    @Provide
    Arbitrary<Patient> patients() {
        return RandomPatients.patients();
    }

    @Property(tries = 300)
    void keptTruthsEqualFreshEvaluationsInAnyOrder(@ForAll("patients") Patient p, @ForAll @LongRange(min = 0, max = 1000) long seed) {
        ClinicalState state = new ClinicalStateDeriver(k).derive(p, TestKnowledge.AS_OF);
        List<Criterion> asked = KnowledgeCriteria.all(k);
        Collections.shuffle(asked, new Random(seed));
        CriterionEvaluator kept = new CriterionEvaluator(state, index);
        CriterionEvaluator fresh = new CriterionEvaluator(state);
        for (int round = 0; round < 2; round++) {
            for (Criterion c : asked) {
                Truth expected = fresh.evaluate(c).truth();
                assertThat(kept.truth(c)).as(p.id() + ": " + c).isEqualTo(expected);
                assertThat(kept.truth(c, index.slot(c))).as(p.id() + ": " + c).isEqualTo(expected);
                assertThat(kept.missing(c)).as(p.id() + ": missing facts of " + c).isEqualTo(fresh.evaluate(c).allMissing());
            }
        }
    }

    /** The state the population paths plan on has every value of the explained one, and no explanations. */
    @Property(tries = 300)
    void aQuietStateHasTheValuesOfTheExplainedOne(@ForAll("patients") Patient p) {
        ClinicalState explained = new ClinicalStateDeriver(k).derive(p, TestKnowledge.AS_OF);
        ClinicalState quiet = new ClinicalStateDeriver(k, false).derive(p, TestKnowledge.AS_OF);
        assertThat(quiet.derivations()).isEmpty();
        assertThat(quiet.flags()).isEmpty();
        assertThat(quiet).isEqualTo(new ClinicalState(explained.patient(), explained.asOf(), explained.age(), explained.ecog(),
                explained.hormoneReceptor(), explained.erLow(), explained.her2(), explained.receptorBiopsyDate(),
                explained.endocrineSensitivity(), explained.deNovo(), explained.metastaticDate(),
                explained.diseaseFreeIntervalMonths(), explained.exposures(), explained.lines(), explained.nextLine(),
                explained.lastProgression(), explained.latestLabs(), explained.medicationClasses(), List.of(), List.of()));
    }

    @Example
    void equalCriteriaAndOnlyEqualCriteriaShareANumber() {
        List<Criterion> all = KnowledgeCriteria.all(k);
        List<String> wrong = new ArrayList<>();
        int shared = 0;
        for (Criterion a : all) {
            assertThat(index.slot(a)).as(a.toString()).isBetween(0, index.slotCount() - 1);
            for (Criterion b : all) {
                if ((index.slot(a) == index.slot(b)) != a.equals(b)) {
                    wrong.add(a + " / " + b);
                }
                shared += a != b && a.equals(b) ? 1 : 0;
            }
        }
        assertThat(wrong).isEmpty();
        // The knowledge repeats criteria (subtype, HER2, line) across regimens: sharing is what saves the work.
        assertThat(shared).isPositive();
        assertThat(index.slot(new Criterion.Line(99, 99))).isEqualTo(-1);
    }
}
