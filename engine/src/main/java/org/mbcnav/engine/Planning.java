package org.mbcnav.engine;

import java.util.List;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.model.plan.Plan;

/** A plan together with the state and the full assessments it was made from (for explain). */
public record Planning(Plan plan, ClinicalState state, List<Assessment> assessments) {
    public Planning {
        assessments = List.copyOf(assessments);
    }
}
