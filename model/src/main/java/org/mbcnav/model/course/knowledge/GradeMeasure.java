package org.mbcnav.model.course.knowledge;

import java.util.List;

/**
 * One way a lab value is graded: what is measured (of: value, ratio-to-uln, ratio-to-baseline,
 * change-from-baseline, drop-from-baseline), when it applies (baseline-normal, baseline-abnormal,
 * baseline-known, or always when null) and the band of each grade.
 */
public record GradeMeasure(String of, String when, List<GradeBand> bands, boolean unverified) {
    public GradeMeasure {
        bands = List.copyOf(bands);
    }
}
