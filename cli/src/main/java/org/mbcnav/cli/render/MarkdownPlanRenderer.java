package org.mbcnav.cli.render;

import java.util.List;
import java.util.stream.Collectors;
import org.mbcnav.model.plan.DrugRef;
import org.mbcnav.model.plan.EvidenceSummary;
import org.mbcnav.model.plan.Exclusion;
import org.mbcnav.model.plan.MissingTest;
import org.mbcnav.model.plan.MonitoringEntry;
import org.mbcnav.model.plan.PatientSummary;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;
import org.mbcnav.model.plan.SourceRef;
import org.mbcnav.model.plan.SupportiveCareAdvice;
import org.mbcnav.model.plan.TrialCriterionResult;
import org.mbcnav.model.plan.TrialMatch;
import org.mbcnav.model.plan.Warning;

/** The plan as Markdown, for notes, tumour boards and review. */
public final class MarkdownPlanRenderer implements PlanRenderer {
    @Override
    public String render(Plan p, Colors ignored) {
        StringBuilder b = new StringBuilder();
        PatientSummary s = p.patientSummary();
        b.append("# MBC Navigator plan: ").append(esc(s.id())).append("\n\n");
        b.append("As of ").append(p.asOf()).append(", knowledge version ").append(p.knowledgeVersion()).append(".\n\n");
        b.append("> ").append(p.disclaimer()).append("\n\n## Where the patient stands\n\n");
        b.append("| | |\n|---|---|\n");
        row(b, "Subtype", s.subtype() + " (HR " + s.hormoneReceptor() + ", HER2 " + s.her2Category() + (s.erLow() ? ", ER-low" : "") + ")");
        row(b, "Age, sex, menopause", (s.age() == null ? "?" : s.age()) + ", " + s.sex() + (s.menopausalStatus() == null ? "" : ", " + s.menopausalStatus()));
        row(b, "ECOG", s.ecog() == null ? "not recorded" : String.valueOf(s.ecog()));
        row(b, "Metastatic", (Boolean.TRUE.equals(s.deNovo()) ? "de novo" : "recurrent") + (s.metastaticDiagnosisDate() == null ? "" : " since " + s.metastaticDiagnosisDate()));
        row(b, "Sites", String.join(", ", s.metastaticSites()));
        row(b, "Endocrine sensitivity", s.endocrineSensitivity());
        row(b, "Next line", String.valueOf(s.line()));
        s.priorLines().forEach(l -> row(b, "Line " + l.line(), String.join(" + ", l.drugs()) + " (" + l.start() + " to "
                + (l.end() == null ? "now" : l.end()) + (l.stopReason() == null ? "" : ", " + l.stopReason()) + ")"));
        row(b, "Biomarkers", String.join("; ", s.biomarkers()));
        b.append('\n');
        s.flags().forEach(f -> b.append("- **Note:** ").append(esc(f)).append('\n'));
        b.append("\n## Options\n");
        for (PlanOption o : p.options()) {
            b.append("\n### ").append(o.rank()).append(". ").append(esc(o.title())).append(" (").append(o.category()).append(")\n\n");
            b.append("- **Id:** `").append(o.id()).append("`\n");
            b.append("- **Modality:** ").append(String.join(", ", o.modalities())).append('\n');
            b.append("- **Drugs:** ").append(o.drugs().stream().map(DrugRef::name).collect(Collectors.joining(", "))).append('\n');
            if (o.schedule() != null) {
                b.append("- **Schedule:** ").append(esc(o.schedule())).append('\n');
            }
            b.append("- **Approval:** ").append(esc(TextPlanRenderer.approvals(o.approvals(), new Colors(false)))).append('\n');
            b.append("- **Why:**\n");
            o.reasons().forEach(r -> b.append("  - ").append(esc(r)).append('\n'));
            for (EvidenceSummary e : o.evidence()) {
                b.append("- **Evidence:** ").append(esc(e.trial())).append(e.summary().isEmpty() ? "" : ": " + esc(e.summary())).append('\n');
            }
            for (Warning w : o.warnings()) {
                b.append("- **").append(w.severity().equals("warning") ? "Warning" : "Check").append(":** ").append(esc(w.reason())).append('\n');
            }
            o.preferenceNotes().forEach(n -> b.append("- **Preference:** ").append(esc(n)).append('\n'));
            b.append("- **Sources:** ").append(o.sources().stream().map(MarkdownPlanRenderer::link).collect(Collectors.joining("; "))).append('\n');
        }
        b.append("\n## Missing tests\n\n");
        for (MissingTest t : p.missingTests()) {
            b.append("- **").append(esc(t.title())).append("**").append(t.opens().isEmpty() ? "" : " (opens " + String.join(", ", t.opens()) + ")")
                    .append(t.why().isEmpty() ? "" : ": " + esc(t.why())).append('\n');
        }
        b.append("\n## Supportive care\n\n");
        for (SupportiveCareAdvice a : p.supportiveCare()) {
            b.append("- **").append(esc(a.title())).append("**: ").append(esc(String.join("; ", a.actions()))).append('\n');
        }
        b.append("\n## Monitoring\n\n| What | For | Dates |\n|---|---|---|\n");
        for (MonitoringEntry m : p.monitoring()) {
            b.append("| ").append(esc(m.title())).append(" | ").append(m.forOptions().isEmpty() ? "all" : String.join(", ", m.forOptions()))
                    .append(" | ").append(m.dates().stream().map(Object::toString).collect(Collectors.joining(", "))).append(" |\n");
        }
        trials(b, p.trials());
        b.append("\n## Not offered\n\n| Option | Why |\n|---|---|\n");
        for (Exclusion e : p.excluded()) {
            String why = e.kind().equals("needs-information") ? "needs " + String.join(", ", e.missing()) : String.join("; ", e.reasons());
            b.append("| ").append(esc(e.title())).append(" (`").append(e.id()).append("`) | ").append(e.kind()).append(": ").append(esc(why)).append(" |\n");
        }
        return b.toString();
    }

    /** Every matched trial with its match and why: unmet criteria, else unknown ones, with their sentences. */
    private static void trials(StringBuilder b, List<TrialMatch> trials) {
        b.append("\n## Clinical trials\n\n");
        if (trials.isEmpty()) {
            b.append("No trial set was matched.\n");
            return;
        }
        b.append("| Trial | Status, phase | Match | Why | Check by hand |\n|---|---|---|---|---|\n");
        for (TrialMatch t : trials) {
            List<TrialCriterionResult> why = t.match().equals("ineligible") ? t.unmet() : t.unknown();
            String reasons = why.isEmpty() ? "all " + t.met().size() + " structured criteria met"
                    : why.stream().map(r -> r.criterion() + " (" + r.explanation() + "; \"" + r.sentence() + "\")").collect(Collectors.joining("; "));
            b.append("| ").append(t.nctId()).append(t.acronym() == null ? "" : " " + esc(t.acronym())).append(": ").append(esc(t.title()))
                    .append(" | ").append(t.status()).append(", ").append(t.phase()).append(" | ").append(t.match())
                    .append(" | ").append(esc(reasons)).append(" | ").append(t.checkByHand().size()).append(" |\n");
        }
        b.append("\nEligibility is never final: confirm every criterion and the recruitment status with the trial site.\n");
    }

    private static void row(StringBuilder b, String k, String v) {
        b.append("| ").append(k).append(" | ").append(esc(v)).append(" |\n");
    }

    private static String link(SourceRef s) {
        return s.url() == null ? esc(s.title()) : "[" + esc(s.title()) + "](" + s.url() + ")";
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
