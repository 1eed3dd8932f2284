package org.mbcnav.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.engine.state.LineOfTherapy;
import org.mbcnav.engine.state.PriorExposure;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.plan.PatientSummary;
import org.mbcnav.model.plan.PriorLine;

/** The patient summary at the top of a plan: the derived state in words, with its trace. */
final class SummaryBuilder {
    private SummaryBuilder() {
    }

    static PatientSummary build(ClinicalState s) {
        Patient p = s.patient();
        List<PriorLine> lines = new ArrayList<>();
        for (LineOfTherapy l : s.lines()) {
            var last = l.courses().get(l.courses().size() - 1);
            lines.add(new PriorLine(l.number(), List.copyOf(new TreeSet<>(l.drugs())), l.start(), l.end(),
                    l.ongoing() ? "ongoing" : last.stopReason() == null ? null : last.stopReason().code()));
        }
        TreeSet<String> classes = new TreeSet<>();
        for (PriorExposure e : s.exposures()) {
            for (String c : e.classes()) {
                classes.add(c + (e.early() ? " (early)" : " (metastatic)") + (e.progressed() ? " progression" : ""));
            }
        }
        List<String> sites = p.disease() == null ? List.of() : p.disease().sites().stream()
                .map(x -> x.site().code() + (x.status() == null ? "" : " (" + x.status().code() + ")"))
                .distinct().toList();
        List<String> biomarkers = new ArrayList<>();
        for (GenomicResult g : p.genomics()) {
            biomarkers.add(g.gene() + (g.alteration() == null ? "" : " " + g.alteration()) + ": "
                    + (g.result() == null ? "?" : g.result().code())
                    + " (" + (g.origin() == null ? "" : g.origin().code()) + (g.specimen() == null ? "" : ", " + g.specimen().code())
                    + (g.date() == null ? "" : ", " + g.date()) + ")");
        }
        p.biomarkers().pdl1().forEach(r -> biomarkers.add("PD-L1 " + r.assay()
                + (r.cps() == null ? "" : " CPS " + CriterionText.num(r.cps()))
                + (r.icPercent() == null ? "" : " IC " + CriterionText.num(r.icPercent()) + " %")
                + (r.date() == null ? "" : " (" + r.date() + ")")));
        p.biomarkers().msi().forEach(r -> biomarkers.add("MSI/MMR " + r.status().code()));
        p.biomarkers().tmb().forEach(r -> biomarkers.add("TMB " + CriterionText.num(r.mutationsPerMb()) + " mut/Mb"));
        return new PatientSummary(
                p.id(),
                s.age(),
                p.person().sex() == null ? null : p.person().sex().code(),
                p.person().menopausalStatus() == null ? null : p.person().menopausalStatus().code(),
                subtype(s),
                s.hormoneReceptor().size() == 1 ? s.hormoneReceptor().iterator().next() : "unknown",
                String.join(" or ", new TreeSet<>(s.her2())),
                Boolean.TRUE.equals(s.erLow()),
                s.receptorBiopsyDate(),
                s.endocrineSensitivity() == null ? "unknown" : s.endocrineSensitivity(),
                s.deNovo(),
                s.metastaticDate(),
                s.diseaseFreeIntervalMonths(),
                s.nextLine(),
                lines,
                List.copyOf(classes),
                sites,
                p.disease() == null ? null : p.disease().visceralCrisis(),
                s.ecog(),
                biomarkers,
                s.flags(),
                s.derivations());
    }

    /** The subtype as the plan's summary names it: "unknown (a or b)" while several are possible. */
    static String subtype(ClinicalState s) {
        List<String> subtypes = List.copyOf(s.subtypes());
        return subtypes.size() == 1 ? subtypes.get(0) : subtypes.isEmpty() ? "unknown" : "unknown (" + String.join(" or ", subtypes) + ")";
    }
}
