package org.mbcnav.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.Set;

import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mbcnav.io.Mappers;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.plan.Plan;

/** Properties every plan must have, over random patients of every subtype and line. */
class PlannerPropertiesTest {
    private static final Set<String> RULED_OUT = Set.of("not-eligible", "excluded", "contraindicated");
    private final Planner planner = new Planner(TestKnowledge.kb());

    @Provide
    Arbitrary<Patient> patients() {
        return RandomPatients.patients();
    }

    @Property(tries = 300)
    void noOfferedOptionViolatesItsOwnCriteria(@ForAll("patients") Patient p) {
        for (Assessment a : planner.planning(p, TestKnowledge.AS_OF).assessments()) {
            if (!a.offered()) {
                continue;
            }
            assertThat(a.eligibility()).as(a.regimen().id()).allMatch(v -> v.truth() == Truth.TRUE);
            assertThat(a.exclusions()).as(a.regimen().id())
                    .noneMatch(x -> x.verdict().truth() == Truth.TRUE && !x.rule().unverified());
            assertThat(a.cautions()).as(a.regimen().id()).noneMatch(x -> x.verdict().truth() == Truth.TRUE
                    && "contraindication".equals(x.rule().severity()) && !x.rule().unverified());
        }
    }

    @Property(tries = 200)
    void everyOptionAndExclusionCitesASource(@ForAll("patients") Patient p) {
        Plan plan = planner.plan(p, TestKnowledge.AS_OF);
        assertThat(plan.options()).allSatisfy(o -> assertThat(o.sources()).as(o.id()).isNotEmpty());
        assertThat(plan.excluded()).allSatisfy(e -> assertThat(e.sources()).as(e.id()).isNotEmpty());
        assertThat(plan.excluded()).allSatisfy(e -> assertThat(e.reasons()).as(e.id()).isNotEmpty());
    }

    /**
     * Knowing less can only hold an option back, never rule it out: every regimen ruled out when
     * facts are missing is also ruled out when they are known (Kleene logic is monotone in
     * information), and the reasons of a not-eligible option are facts that were recorded.
     */
    @Property(tries = 300)
    void unknownFactsNeverRuleAnOptionOut(@ForAll("patients") Patient full) {
        Patient less = RandomPatients.withLessKnown(full);
        Map<String, String> withLess = outcomes(less);
        Map<String, String> withAll = outcomes(full);
        withLess.forEach((id, outcome) -> {
            if (RULED_OUT.contains(outcome)) {
                assertThat(withAll.get(id)).as(id + " ruled out with less known (" + outcome + ")").isIn(RULED_OUT);
            }
        });
        for (Assessment a : planner.planning(less, TestKnowledge.AS_OF).assessments()) {
            if ("not-eligible".equals(a.outcome())) {
                assertThat(a.eligibility()).as(a.regimen().id()).anyMatch(v -> v.truth() == Truth.FALSE);
            }
            if ("needs-information".equals(a.outcome())) {
                assertThat(a.eligibility()).as(a.regimen().id()).noneMatch(v -> v.truth() == Truth.FALSE);
            }
        }
    }

    @Property(tries = 100)
    void theSameInputGivesByteIdenticalOutput(@ForAll("patients") Patient p) throws JsonProcessingException {
        String first = Mappers.json().writeValueAsString(planner.plan(p, TestKnowledge.AS_OF));
        String second = Mappers.json().writeValueAsString(new Planner(TestKnowledge.kb()).plan(p, TestKnowledge.AS_OF));
        assertThat(second).isEqualTo(first);
    }

    private Map<String, String> outcomes(Patient p) {
        return planner.planning(p, TestKnowledge.AS_OF).assessments().stream()
                .collect(Collectors.toMap(a -> a.regimen().id(), Assessment::outcome, (a, b) -> a));
    }

}
