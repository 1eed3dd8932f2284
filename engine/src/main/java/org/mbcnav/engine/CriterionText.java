package org.mbcnav.engine;

import java.util.stream.Collectors;
import org.mbcnav.model.knowledge.Criterion;

/** A readable one-line rendering of a criterion, for traces and reports. */
public final class CriterionText {
    private CriterionText() {
    }

    public static String of(Criterion c) {
        return switch (c) {
            case Criterion.HormoneReceptor h -> "hormone receptor " + (h.positive() ? "positive" : "negative");
            case Criterion.ErLow e -> e.value() ? "ER-low" : "not ER-low";
            case Criterion.Her2 h -> "HER2 " + String.join(" or ", h.categories());
            case Criterion.Subtype s -> "subtype " + String.join(" or ", s.subtypes());
            case Criterion.Line l -> "line of therapy " + range(l.min(), l.max());
            case Criterion.PriorClass p -> "prior " + p.drugClass() + setting(p.setting())
                    + (Boolean.TRUE.equals(p.progression()) ? " with progression" : "");
            case Criterion.PriorDrug p -> "prior " + p.drug() + setting(p.setting())
                    + (Boolean.TRUE.equals(p.progression()) ? " with progression" : "");
            case Criterion.PriorLines p -> "number of prior metastatic " + (p.drugClass() == null ? "" : p.drugClass() + " ")
                    + "lines " + range(p.min(), p.max());
            case Criterion.EndocrineSensitivity e -> "endocrine sensitivity " + String.join(" or ", e.values());
            case Criterion.RelapseAfterAdjuvant r -> "relapse during or within " + r.withinMonths()
                    + " months of adjuvant " + r.drugClass();
            case Criterion.DiseaseFreeInterval d -> "disease-free interval " + range(d.minMonths(), d.maxMonths()) + " months";
            case Criterion.DeNovo d -> d.value() ? "de novo stage IV" : "recurrent (not de novo) disease";
            case Criterion.Biomarker b -> String.join("/", b.genes()) + (b.alteration() == null ? "" : " " + b.alteration())
                    + " " + b.status() + ("any".equals(b.origin()) ? "" : " (" + b.origin() + ")")
                    + ("any".equals(b.specimen()) ? "" : " in " + b.specimen());
            case Criterion.AlterationType a -> String.join("/", a.genes()) + " " + a.type() + " detected";
            case Criterion.PdL1 p -> "PD-L1" + (p.assay() == null ? "" : " (" + p.assay() + ")")
                    + (p.cpsMin() != null ? " CPS >= " + num(p.cpsMin()) : "") + (p.icMin() != null ? " IC >= " + num(p.icMin()) + " %" : "");
            case Criterion.Msi m -> "MSI-high or dMMR";
            case Criterion.Tmb t -> "TMB >= " + num(t.min()) + " mut/Mb";
            case Criterion.SexIs s -> s.sex();
            case Criterion.Menopause m -> String.join(" or ", m.statuses());
            case Criterion.OvarianSuppression o -> o.value() ? "on ovarian suppression" : "not on ovarian suppression";
            case Criterion.NeedsOvarianSuppression n -> "pre/perimenopausal woman or man (needs a GnRH agonist)";
            case Criterion.Age a -> "age " + range(a.min(), a.max());
            case Criterion.Ecog e -> "ECOG " + range(e.min(), e.max());
            case Criterion.VisceralCrisis v -> v.value() ? "visceral crisis" : "no visceral crisis";
            case Criterion.MetastaticSite m -> "metastases in " + String.join(" or ", m.sites());
            case Criterion.BrainMetastases b -> "brain metastases (" + String.join(" or ", b.statuses()) + ")";
            case Criterion.BoneOnly b -> "bone-only disease";
            case Criterion.MeasurableDisease m -> "measurable disease";
            case Criterion.SymptomPresent s -> "symptom " + String.join(" or ", s.symptoms());
            case Criterion.Lab l -> l.test() + " " + l.op() + " " + num(l.value());
            case Criterion.Comorbidity m -> m.condition() + (m.minGrade() == null ? "" : " grade >= " + m.minGrade());
            case Criterion.MedicationClass m -> "taking a " + m.drugClass();
            case Criterion.Pregnant p -> "pregnant";
            case Criterion.Preference p -> "prefers " + p.preference();
            case Criterion.AllOf a -> "all of (" + a.criteria().stream().map(CriterionText::of).collect(Collectors.joining("; ")) + ")";
            case Criterion.AnyOf a -> "any of (" + a.criteria().stream().map(CriterionText::of).collect(Collectors.joining("; ")) + ")";
            case Criterion.Not n -> "not " + of(n.criterion());
        };
    }

    private static String setting(String s) {
        return "any".equals(s) ? "" : " (" + s + " setting)";
    }

    static String range(Integer min, Integer max) {
        if (min != null && max != null) {
            return min.equals(max) ? String.valueOf(min) : min + "-" + max;
        }
        if (min != null) {
            return ">= " + min;
        }
        return max != null ? "<= " + max : "any";
    }

    static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
