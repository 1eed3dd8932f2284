package org.mbcnav.model.course;

import java.util.List;

/**
 * One lesion at one time point. Non-nodal lesions are measured by their longest diameter, lymph
 * nodes by their short axis (both in mm, in the same field). A lesion that split is recorded as
 * its fragments; one that merged into another is recorded as gone. At a follow-up only id and the
 * measurement or status are needed: organ, nodal and target come from the baseline.
 *
 * @param softTissueComponent for bone lesions: a lytic or mixed lesion with a soft-tissue
 *                            component measurable on CT/MRI (only then can bone be a target)
 */
public record Lesion(
        String id,
        String organ,
        Boolean nodal,
        Boolean target,
        Double mm,
        List<Double> fragments,
        LesionStatus status,
        Boolean softTissueComponent) {

    public Lesion {
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
    }

    public boolean targetLesion() {
        return Boolean.TRUE.equals(target);
    }

    public boolean nodalLesion() {
        return Boolean.TRUE.equals(nodal);
    }
}
