package org.mbcnav.engine.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mbcnav.model.plan.Exclusion;
import org.mbcnav.model.plan.MissingTest;
import org.mbcnav.model.plan.PatientSummary;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;

/** Compares two plans (before and after an event) option by option, by regimen id. */
public final class PlanDiffer {
    private PlanDiffer() {
    }

    public static PlanDiff diff(Plan before, Plan after) {
        Map<String, PlanOption> was = byId(before.options());
        Map<String, PlanOption> now = byId(after.options());
        Map<String, Exclusion> wasOut = excluded(before);
        Map<String, Exclusion> nowOut = excluded(after);
        List<PlanDiff.OptionChange> added = new ArrayList<>();
        List<PlanDiff.OptionChange> removed = new ArrayList<>();
        List<PlanDiff.OptionMove> moved = new ArrayList<>();
        for (PlanOption o : after.options()) {
            PlanOption old = was.get(o.id());
            if (old == null) {
                Exclusion e = wasOut.get(o.id());
                List<String> why = new ArrayList<>(o.reasons());
                if (e != null) {
                    why.add(0, "was " + e.kind() + ": " + String.join("; ", e.reasons()));
                }
                added.add(new PlanDiff.OptionChange(o.id(), o.title(), o.rank(), "offered", why));
            } else if (old.rank() != o.rank()) {
                moved.add(new PlanDiff.OptionMove(o.id(), o.title(), old.rank(), o.rank()));
            }
        }
        for (PlanOption o : before.options()) {
            if (!now.containsKey(o.id())) {
                Exclusion e = nowOut.get(o.id());
                List<String> why = e == null ? List.of("no longer considered") : concat(e.reasons(), e.missing());
                removed.add(new PlanDiff.OptionChange(o.id(), o.title(), o.rank(), e == null ? "absent" : e.kind(), why));
            }
        }
        List<PlanDiff.ExclusionChange> changed = new ArrayList<>();
        for (Exclusion e : after.excluded()) {
            Exclusion old = wasOut.get(e.id());
            if (old != null && (!old.kind().equals(e.kind()) || !old.reasons().equals(e.reasons()))) {
                changed.add(new PlanDiff.ExclusionChange(e.id(), e.title(), old.kind(), e.kind(), old.reasons(), e.reasons()));
            }
        }
        List<String> testsBefore = before.missingTests().stream().map(MissingTest::id).toList();
        List<String> testsAfter = after.missingTests().stream().map(MissingTest::id).toList();
        List<String> testsAdded = after.missingTests().stream().filter(t -> !testsBefore.contains(t.id()))
                .map(t -> t.title() + (t.opens().isEmpty() ? "" : " (would settle " + String.join(", ", t.opens()) + ")"))
                .toList();
        List<String> testsSettled = before.missingTests().stream().filter(t -> !testsAfter.contains(t.id()))
                .map(MissingTest::title).toList();
        return new PlanDiff(summary(before.patientSummary(), after.patientSummary()), added, removed, moved, changed,
                testsAdded, testsSettled);
    }

    private static List<String> summary(PatientSummary a, PatientSummary b) {
        List<String> out = new ArrayList<>();
        if (a == null || b == null) {
            return out;
        }
        field(out, "line about to start", a.line(), b.line());
        field(out, "subtype", a.subtype(), b.subtype());
        field(out, "hormone receptor", a.hormoneReceptor(), b.hormoneReceptor());
        field(out, "HER2 category", a.her2Category(), b.her2Category());
        field(out, "endocrine sensitivity", a.endocrineSensitivity(), b.endocrineSensitivity());
        field(out, "metastatic sites", a.metastaticSites(), b.metastaticSites());
        field(out, "biomarkers", a.biomarkers(), b.biomarkers());
        field(out, "prior drug classes", a.priorClasses(), b.priorClasses());
        return out;
    }

    private static void field(List<String> out, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(name + ": " + before + " -> " + after);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.forEach(m -> out.add("missing: " + m));
        return out;
    }

    private static Map<String, PlanOption> byId(List<PlanOption> options) {
        Map<String, PlanOption> m = new LinkedHashMap<>();
        options.forEach(o -> m.put(o.id(), o));
        return m;
    }

    private static Map<String, Exclusion> excluded(Plan p) {
        Map<String, Exclusion> m = new LinkedHashMap<>();
        p.excluded().forEach(e -> m.put(e.id(), e));
        return m;
    }
}
