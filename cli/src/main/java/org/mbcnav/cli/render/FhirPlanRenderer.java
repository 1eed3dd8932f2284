package org.mbcnav.cli.render;

import org.mbcnav.fhirexport.PlanToFhir;
import org.mbcnav.model.plan.Plan;

/** The plan as a FHIR R4 Bundle (CarePlan + RequestGroup); the mapping lives in the fhir-export module. */
public final class FhirPlanRenderer implements PlanRenderer {
    @Override
    public String render(Plan plan, Colors colors) {
        return new PlanToFhir().toJson(plan);
    }
}
