package org.mbcnav.engine.course;

import org.mbcnav.model.plan.Plan;

/** A re-planning: what triggered it, the plans before and after the event (same date) and their diff. */
public record Replan(String trigger, Plan before, Plan after, PlanDiff diff) {
}
