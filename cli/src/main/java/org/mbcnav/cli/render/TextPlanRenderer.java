package org.mbcnav.cli.render;

import java.util.List;
import java.util.stream.Collectors;
import org.mbcnav.model.plan.ApprovalStatus;
import org.mbcnav.model.plan.DrugRef;
import org.mbcnav.model.plan.EvidenceSummary;
import org.mbcnav.model.plan.Exclusion;
import org.mbcnav.model.plan.MissingTest;
import org.mbcnav.model.plan.MonitoringEntry;
import org.mbcnav.model.plan.PatientSummary;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;
import org.mbcnav.model.plan.SupportiveCareAdvice;
import org.mbcnav.model.plan.TrialMatch;
import org.mbcnav.model.plan.Warning;
import org.mbcnav.trials.match.TrialRanking;

/** The plan as readable terminal text, optionally coloured. */
public final class TextPlanRenderer implements PlanRenderer {
    @Override
    public String render(Plan p, Colors c) {
        StringBuilder b = new StringBuilder();
        PatientSummary s = p.patientSummary();
        b.append(c.bold("MBC Navigator plan for " + s.id())).append("  ")
                .append(c.dim("as of " + p.asOf() + ", knowledge " + p.knowledgeVersion())).append("\n\n");
        b.append(c.bold("Where the patient stands")).append('\n');
        line(b, "Person", join(s.age() == null ? null : s.age() + " years", s.sex(), s.menopausalStatus(),
                s.ecog() == null ? null : "ECOG " + s.ecog()));
        line(b, "Subtype", s.subtype() + "  (HR " + s.hormoneReceptor() + ", HER2 " + s.her2Category()
                + (s.erLow() ? ", ER-low" : "") + ")");
        line(b, "Metastatic", (Boolean.TRUE.equals(s.deNovo()) ? "de novo stage IV" : "recurrent")
                + (s.metastaticDiagnosisDate() == null ? "" : " since " + s.metastaticDiagnosisDate())
                + (s.diseaseFreeIntervalMonths() == null ? "" : ", disease-free interval " + s.diseaseFreeIntervalMonths() + " months"));
        line(b, "Sites", String.join(", ", s.metastaticSites()) + (Boolean.TRUE.equals(s.visceralCrisis()) ? c.red("  VISCERAL CRISIS") : ""));
        line(b, "Endocrine", s.endocrineSensitivity());
        line(b, "Next line", "line " + s.line());
        s.priorLines().forEach(l -> line(b, "  line " + l.line(), String.join(" + ", l.drugs()) + "  "
                + c.dim(l.start() + " to " + (l.end() == null ? "now" : l.end()) + (l.stopReason() == null ? "" : ", " + l.stopReason()))));
        if (!s.biomarkers().isEmpty()) {
            line(b, "Biomarkers", String.join("; ", s.biomarkers()));
        }
        s.flags().forEach(f -> b.append("  ").append(c.yellow("! " + f)).append('\n'));

        b.append('\n').append(c.bold("Options (" + p.options().size() + ")")).append('\n');
        if (p.options().isEmpty()) {
            b.append("  No option in the knowledge base is offered; see what was ruled out and the missing tests.\n");
        }
        for (PlanOption o : p.options()) {
            b.append('\n').append(c.bold(o.rank() + ". " + o.title())).append("  ")
                    .append(c.cyan("[" + o.category() + "]")).append(' ').append(c.dim(o.id())).append('\n');
            line(b, "Modality", String.join(", ", o.modalities()));
            line(b, "Drugs", o.drugs().stream().map(DrugRef::name).collect(Collectors.joining(", ")));
            if (o.schedule() != null) {
                line(b, "Schedule", o.schedule());
            }
            line(b, "Approval", approvals(o.approvals(), c));
            o.reasons().forEach(r -> b.append("    ").append(c.green("+ ")).append(r).append('\n'));
            for (EvidenceSummary e : o.evidence()) {
                b.append("    ").append(c.dim("evidence: ")).append(e.trial()).append(e.summary().isEmpty() ? "" : ": " + e.summary())
                        .append(e.esmoMcbs() == null ? "" : "; ESMO-MCBS " + e.esmoMcbs()).append('\n');
            }
            for (Warning w : o.warnings()) {
                b.append("    ").append("warning".equals(w.severity()) ? c.yellow("! " + w.reason()) : c.dim("? " + w.reason())).append('\n');
            }
            o.preferenceNotes().forEach(n -> b.append("    ").append(c.cyan("preference " + n)).append('\n'));
            if (!o.unverified().isEmpty()) {
                b.append("    ").append(c.dim("unverified: " + String.join("; ", o.unverified()))).append('\n');
            }
            b.append("    ").append(c.dim("sources: " + o.sources().stream().map(x -> x.id()).collect(Collectors.joining(", ")))).append('\n');
        }

        List<Exclusion> needInfo = p.excluded().stream().filter(e -> e.kind().equals("needs-information")).toList();
        if (!needInfo.isEmpty()) {
            b.append('\n').append(c.bold("Held back until facts are known (" + needInfo.size() + ")")).append('\n');
            for (Exclusion e : needInfo) {
                b.append("  ").append(e.title()).append(' ').append(c.dim(e.id())).append(": needs ")
                        .append(String.join(", ", e.missing())).append('\n');
            }
        }
        b.append('\n').append(c.bold("Missing tests (" + p.missingTests().size() + ")")).append('\n');
        for (MissingTest t : p.missingTests()) {
            b.append("  ").append(c.yellow("* " + t.title())).append(t.opens().isEmpty() ? "" : c.dim("  opens: " + String.join(", ", t.opens())))
                    .append('\n');
            if (!t.why().isEmpty()) {
                b.append("    ").append(c.dim(t.why())).append('\n');
            }
        }
        b.append('\n').append(c.bold("Supportive care (" + p.supportiveCare().size() + ")")).append('\n');
        for (SupportiveCareAdvice a : p.supportiveCare()) {
            b.append("  ").append(a.title()).append(c.dim("  (" + a.why() + ")")).append('\n');
            a.actions().forEach(x -> b.append("    - ").append(x).append('\n'));
        }
        b.append('\n').append(c.bold("Monitoring from " + p.asOf())).append('\n');
        for (MonitoringEntry m : p.monitoring()) {
            b.append("  ").append(m.title()).append(m.forOptions().isEmpty() ? "" : c.dim("  for " + String.join(", ", m.forOptions())))
                    .append('\n').append("    ").append(c.dim(m.dates().stream().map(Object::toString).collect(Collectors.joining(" ")))).append('\n');
        }
        trials(b, p.trials(), c);
        List<Exclusion> ruledOut = p.excluded().stream().filter(e -> !e.kind().equals("needs-information")).toList();
        b.append('\n').append(c.bold("Ruled out (" + ruledOut.size() + ")")).append('\n');
        for (Exclusion e : ruledOut) {
            b.append("  ").append(e.title()).append(' ').append(c.dim(e.id() + " " + e.kind())).append(": ")
                    .append(String.join("; ", e.reasons())).append('\n');
        }
        if (!p.dataQuality().isEmpty()) {
            b.append('\n').append(c.bold("Data quality (" + p.dataQuality().size() + ")")).append('\n');
            p.dataQuality().forEach(d -> b.append("  ").append(d.severity()).append(' ').append(d.where()).append(": ")
                    .append(d.what()).append(" - ").append(d.reason()).append('\n'));
        }
        b.append('\n').append(c.bold(p.disclaimer())).append('\n');
        return b.toString();
    }

    /**
     * Open trials the patient may join in full (met, unmet, unknown, each with its sentence), then
     * open trials ruled out with their first reason, then a count of trials not recruiting.
     */
    private static void trials(StringBuilder b, List<TrialMatch> trials, Colors c) {
        List<TrialMatch> open = trials.stream().filter(TrialRanking::open).toList();
        List<TrialMatch> candidates = open.stream().filter(t -> !t.match().equals("ineligible")).toList();
        b.append('\n').append(c.bold("Clinical trials (" + candidates.size() + " open that may fit, of " + trials.size() + " matched)")).append('\n');
        for (TrialMatch t : candidates) {
            b.append("  ").append(c.bold(t.nctId() + (t.acronym() == null ? "" : " " + t.acronym()))).append("  ")
                    .append(t.match().equals("eligible") ? c.green(t.match()) : c.yellow(t.match()))
                    .append(c.dim("  " + t.status() + ", " + t.phase() + (t.nearestSiteKm() == null ? "" : ", " + t.nearestSiteKm() + " km: " + t.nearestSite())))
                    .append('\n').append("    ").append(t.title()).append('\n');
            t.met().forEach(r -> b.append("    ").append(c.green("+ ")).append(r.criterion()).append(c.dim("  (" + r.explanation() + ")")).append('\n'));
            t.unknown().forEach(r -> b.append("    ").append(c.yellow("? ")).append(r.criterion()).append(c.dim("  (" + r.explanation() + "; from: " + r.sentence() + ")")).append('\n'));
            if (!t.checkByHand().isEmpty()) {
                b.append("    ").append(c.dim(t.checkByHand().size() + " more sentences to check by hand: mbcnav trials show " + t.nctId())).append('\n');
            }
        }
        open.stream().filter(t -> t.match().equals("ineligible")).forEach(t -> b.append("  ").append(c.dim(t.nctId()
                + (t.acronym() == null ? "" : " " + t.acronym()) + " ineligible: " + t.unmet().get(0).criterion()
                + " (" + t.unmet().get(0).explanation() + ")")).append('\n'));
        long closed = trials.size() - open.size();
        if (closed > 0) {
            b.append("  ").append(c.dim(closed + " trial(s) not recruiting are in the JSON output only.")).append('\n');
        }
        b.append("  ").append(c.dim("Eligibility is never final: confirm every criterion and the status with the trial site.")).append('\n');
    }

    static String approvals(List<ApprovalStatus> approvals, Colors c) {
        if (approvals.isEmpty()) {
            return "not applicable";
        }
        return approvals.stream().map(a -> a.region() + " " + (a.status().equals("on-label") ? c.green(a.status()) : c.yellow(a.status()))
                + (a.note() == null || a.note().isEmpty() ? "" : c.dim(" (" + a.note() + ")"))).collect(Collectors.joining("; "));
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append("  ").append(String.format("%-12s", label)).append(value == null ? "" : value).append('\n');
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(x -> x != null && !x.isEmpty()).collect(Collectors.joining(", "));
    }
}
