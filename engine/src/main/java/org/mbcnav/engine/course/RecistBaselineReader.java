package org.mbcnav.engine.course;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mbcnav.model.course.Lesion;
import org.mbcnav.model.course.LesionStatus;
import org.mbcnav.model.course.Scan;
import org.mbcnav.model.course.knowledge.RecistRules;

/**
 * Reads a baseline scan by RECIST 1.1 §3.1 and §4.2: which lesions may be targets (size,
 * nodes by short axis, bone only with a soft-tissue component), at most maxTargets in all and
 * maxTargetsPerOrgan per organ (all nodes one organ), and the baseline sum of diameters.
 */
public final class RecistBaselineReader {
    private final RecistRules r;

    public RecistBaselineReader(RecistRules rules) {
        this.r = rules;
    }

    public RecistBaseline read(Scan scan) {
        List<Lesion> targets = new ArrayList<>();
        List<Lesion> nonTargets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        Map<String, Integer> perOrgan = new HashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        for (Lesion l : scan.lesions()) {
            String id = l.id() == null ? "(no id)" : l.id();
            if (!l.targetLesion()) {
                nonTargets.add(l);
                continue;
            }
            targets.add(l);
            if (l.mm() == null && l.fragments().isEmpty()) {
                problems.add("target " + id + ": a target lesion needs its measurement at baseline ("
                        + r.section("baseline") + ")");
                continue;
            }
            double mm = l.mm() != null ? l.mm() : l.fragments().stream().mapToDouble(Double::doubleValue).sum();
            if (l.status() != null && l.status() != LesionStatus.MEASURED) {
                problems.add("target " + id + ": status '" + l.status().code() + "' at baseline; a target must be measured");
            }
            if (l.nodalLesion() && mm < r.nodeTargetMinMm()) {
                problems.add("target " + id + ": a lymph node needs a short axis >= " + num(r.nodeTargetMinMm())
                        + " mm to be a target (" + num(mm) + " mm; " + num(r.nodeNormalBelowMm()) + " to < "
                        + num(r.nodeTargetMinMm()) + " mm is non-target) (" + r.section("measurability") + ")");
            }
            if (!l.nodalLesion() && mm < r.nonNodalTargetMinMm()) {
                problems.add("target " + id + ": a non-nodal lesion needs a longest diameter >= "
                        + num(r.nonNodalTargetMinMm()) + " mm (" + num(mm) + " mm) (" + r.section("measurability") + ")");
            }
            if (l.organ() != null && r.boneOrgans().contains(l.organ()) && !Boolean.TRUE.equals(l.softTissueComponent())) {
                problems.add("target " + id + ": bone without a measurable soft-tissue component is non-measurable"
                        + " and can only be non-target (" + r.section("bone") + ")");
            }
            String organ = organ(l);
            int n = perOrgan.merge(organ, 1, Integer::sum);
            if (n == r.maxTargetsPerOrgan() + 1) {
                problems.add("organ " + organ + ": more than " + r.maxTargetsPerOrgan() + " target lesions ("
                        + r.section("baseline") + (r.organsCountedAsOne().contains(organ) ? "; all lymph nodes count as one organ" : "")
                        + ")");
            }
            BigDecimal m = Millimetres.of(mm);
            sum = sum.add(m);
            parts.add(id + " " + Millimetres.text(m) + (l.nodalLesion() ? " short axis" : ""));
        }
        if (targets.size() > r.maxTargets()) {
            problems.add(targets.size() + " target lesions; at most " + r.maxTargets() + " (" + r.section("baseline") + ")");
        }
        if (targets.isEmpty()) {
            trace.add(r.section("baseline") + ": no target lesions; " + nonTargets.size()
                    + " non-target lesion(s): response is assessed on non-target disease only");
        } else {
            trace.add(r.section("baseline") + ": baseline sum of diameters " + Millimetres.text(sum) + " ("
                    + String.join(" + ", parts) + "); " + nonTargets.size() + " non-target lesion(s)");
        }
        return new RecistBaseline(targets, nonTargets, sum, problems, trace);
    }

    /** The organ a target counts toward; every lymph node counts toward one organ. */
    String organ(Lesion l) {
        if (l.nodalLesion() && !r.organsCountedAsOne().isEmpty()) {
            return r.organsCountedAsOne().get(0);
        }
        return l.organ() == null ? "unspecified" : l.organ();
    }

    static String num(double d) {
        return Millimetres.of(d).toPlainString();
    }
}
