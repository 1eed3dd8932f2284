package org.mbcnav.engine;

import java.util.List;

/**
 * The options a plan would offer at a date, unranked (by regimen id), each with its drug names,
 * and the metastatic line about to start ({@link Planner#offered}): enough to judge whether a
 * treatment given at that date was one of the options of the time.
 */
public record LineOffer(int line, List<PlanOutline.Option> options) {
    public LineOffer {
        options = List.copyOf(options);
    }
}
