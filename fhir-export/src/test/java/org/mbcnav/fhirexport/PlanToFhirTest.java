package org.mbcnav.fhirexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.RequestGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.mbcnav.model.patient.DataQualityIssue;
import org.mbcnav.model.plan.Plan;

/** The FHIR export of every example patient's plan passes HAPI's R4 validator and keeps the plan's content. */
class PlanToFhirTest {

    static List<String> examples() {
        return Examples.ids();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exportPassesTheR4Validator(String id) {
        Plan plan = Examples.plan(Examples.patient(id));
        String json = new PlanToFhir().toJson(plan);
        List<ValidationMessage> errors = Examples.validator().validate(json).stream().filter(ValidationMessage::error).toList();
        assertThat(errors).as(id).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exportCarriesOptionsEvidenceVersionAndDerivedFacts(String id) {
        Plan plan = Examples.plan(Examples.patient(id));
        Bundle b = new PlanToFhir().toBundle(plan);
        CarePlan care = (CarePlan) b.getEntry().get(1).getResource();
        RequestGroup group = (RequestGroup) b.getEntry().get(2).getResource();
        assertThat(care.getActivityFirstRep().getReference().getReference()).isEqualTo(b.getEntry().get(2).getFullUrl());
        assertThat(care.getExtensionByUrl(MbcnavTerms.KNOWLEDGE_VERSION).getValue().primitiveValue()).isEqualTo(plan.knowledgeVersion());
        List<RequestGroup.RequestGroupActionComponent> actions = group.getActionFirstRep().getAction();
        assertThat(actions).hasSize(plan.options().size());
        for (int i = 0; i < actions.size(); i++) {
            assertThat(actions.get(i).getTitle()).isEqualTo(plan.options().get(i).title());
            assertThat(actions.get(i).getDocumentation()).hasSizeGreaterThanOrEqualTo(plan.options().get(i).sources().size());
        }
        List<Observation> facts = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast).toList();
        assertThat(facts).isNotEmpty().allMatch(o -> o.getMeta().getTag(MbcnavTerms.DATA_ORIGIN, "derived") != null);
        Observation line = facts.stream().filter(o -> o.getCode().getCodingFirstRep().getCode().equals("line-of-therapy")).findFirst().orElseThrow();
        assertThat(line.getValueIntegerType().getValue()).isEqualTo(plan.patientSummary().line());
        // Every activity beyond the option group is one supportive-care, monitoring, test or exclusion item.
        assertThat(care.getActivity()).hasSize(1 + plan.supportiveCare().size() + plan.monitoring().size()
                + plan.missingTests().size() + plan.excluded().size());
    }

    @Test
    void sameplanSameBytes() {
        Plan plan = Examples.plan(Examples.patient("her2-positive-first-line"));
        assertThat(new PlanToFhir().toJson(plan)).isEqualTo(new PlanToFhir().toJson(plan));
    }

    @Test
    void dataQualityIssuesBecomeAnOperationOutcome() {
        Plan plan = Examples.plan(Examples.patient("her2-positive-first-line"))
                .withDataQuality(List.of(new DataQualityIssue("warning", "Observation/x code", "LOINC 1-1", "not recognised")));
        Bundle b = new PlanToFhir().toBundle(plan);
        org.hl7.fhir.r4.model.OperationOutcome oo = (org.hl7.fhir.r4.model.OperationOutcome) b.getEntry().get(b.getEntry().size() - 1).getResource();
        assertThat(oo.getIssueFirstRep().getDiagnostics()).isEqualTo("Observation/x code: LOINC 1-1: not recognised");
        assertThat(Examples.validator().validate(new PlanToFhir().toJson(plan))).noneMatch(ValidationMessage::error);
    }
}
