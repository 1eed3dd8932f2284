package org.mbcnav.engine.course;

import java.math.BigDecimal;
import java.util.List;
import org.mbcnav.model.course.Lesion;

/**
 * A baseline scan read by RECIST 1.1 §4.2: the target lesions and their sum, the non-target
 * lesions, and every way the baseline breaks the rules (problems name the lesion).
 */
public record RecistBaseline(List<Lesion> targets, List<Lesion> nonTargets, BigDecimal sumMm, List<String> problems,
                             List<String> trace) {
    public RecistBaseline {
        targets = List.copyOf(targets);
        nonTargets = List.copyOf(nonTargets);
        problems = List.copyOf(problems);
        trace = List.copyOf(trace);
    }
}
