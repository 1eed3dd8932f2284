package org.mbcnav.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mbcnav.model.plan.ApprovalStatus;
import org.mbcnav.model.plan.Derivation;
import org.mbcnav.model.plan.EvidenceSummary;
import org.mbcnav.model.plan.Exclusion;
import org.mbcnav.model.plan.MissingTest;
import org.mbcnav.model.plan.MonitoringEntry;
import org.mbcnav.model.plan.PatientSummary;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;
import org.mbcnav.model.plan.SourceRef;
import org.mbcnav.model.plan.SupportiveCareAdvice;
import org.mbcnav.model.plan.TrialMatch;
import org.mbcnav.model.plan.Warning;

/**
 * The whole plan for the care team: where the patient stands with the trace of each derived
 * fact, options ranked and grouped by category with their why, evidence and approvals in
 * expanders, the why-not list, warnings, missing tests, supportive care, monitoring, trials and
 * data quality. The web app's plan page is made of the same sections.
 */
public final class ClinicianReport {
    private static final Map<String, String> CATEGORY = new LinkedHashMap<>();

    static {
        CATEGORY.put("preferred", "Preferred");
        CATEGORY.put("other", "Other recommended");
        CATEGORY.put("certain-circumstances", "Useful in certain circumstances");
    }

    public String document(Plan plan, String stylesheetHref) {
        Html h = new Html();
        h.el("h1", "Treatment plan for " + plan.patientSummary().id());
        h.el("p", "As of " + plan.asOf() + " - knowledge " + plan.knowledgeVersion(), "class", "muted");
        disclaimer(h, plan);
        all(h, plan);
        disclaimer(h, plan);
        return Document.page("Plan " + plan.patientSummary().id(), h, stylesheetHref);
    }

    /** Every section, in reading order. */
    public void all(Html h, Plan plan) {
        summary(h, plan.patientSummary());
        options(h, plan);
        warnings(h, plan);
        excluded(h, plan);
        missingTests(h, plan);
        supportiveCare(h, plan);
        monitoring(h, plan);
        trials(h, plan);
        dataQuality(h, plan);
    }

    public static void disclaimer(Html h, Plan plan) {
        h.el("p", plan.disclaimer(), "class", "disclaimer", "role", "note");
    }

    public void summary(Html h, PatientSummary s) {
        h.el("h2", "Where the patient stands", "id", "summary");
        h.open("table").el("caption", "Derived summary").open("tbody");
        row(h, "Subtype", s.subtype());
        row(h, "HER2 category", s.her2Category());
        row(h, "Hormone receptor", s.hormoneReceptor());
        row(h, "Endocrine sensitivity", s.endocrineSensitivity());
        row(h, "Line about to start", String.valueOf(s.line()));
        row(h, "Metastatic sites", String.join(", ", s.metastaticSites()));
        row(h, "Prior classes", String.join(", ", s.priorClasses()));
        row(h, "ECOG", s.ecog() == null ? "not recorded" : String.valueOf(s.ecog()));
        row(h, "Biomarkers", String.join("; ", s.biomarkers()));
        h.close("tbody").close("table");
        if (!s.derivations().isEmpty()) {
            h.open("details").el("summary", "How each fact was derived (" + s.derivations().size() + ")");
            h.open("ul");
            for (Derivation d : s.derivations()) {
                h.open("li").el("strong", d.fact() + " = " + d.value()).text(": " + d.explanation());
                if (!d.sources().isEmpty()) {
                    h.text(" [" + String.join(", ", d.sources()) + "]");
                }
                h.close("li");
            }
            h.close("ul").close("details");
        }
    }

    private static void row(Html h, String label, String value) {
        h.open("tr").el("th", label, "scope", "row").el("td", value == null || value.isEmpty() ? "-" : value).close("tr");
    }

    public void options(Html h, Plan plan) {
        h.el("h2", "Options (" + plan.options().size() + ")", "id", "options");
        if (plan.options().isEmpty()) {
            h.el("p", "No option is offered; see the why-not list and the missing tests.");
        }
        Map<String, List<PlanOption>> groups = new LinkedHashMap<>();
        CATEGORY.keySet().forEach(k -> groups.put(k, new ArrayList<>()));
        plan.options().forEach(o -> groups.computeIfAbsent(o.category(), k -> new ArrayList<>()).add(o));
        for (var g : groups.entrySet()) {
            if (g.getValue().isEmpty()) {
                continue;
            }
            h.el("h3", CATEGORY.getOrDefault(g.getKey(), g.getKey()));
            for (PlanOption o : g.getValue()) {
                option(h, o);
            }
        }
    }

    private void option(Html h, PlanOption o) {
        h.open("section", "class", "option", "id", "option-" + o.id(), "aria-label", "Option " + o.rank() + ": " + o.title());
        h.open("h4").el("span", "#" + o.rank(), "class", "rank").text(" " + o.title()).close("h4");
        h.open("p");
        o.modalities().forEach(m -> h.el("span", m, "class", "tag"));
        if (o.schedule() != null) {
            h.text(" " + o.schedule());
        }
        h.close("p");
        for (Warning w : o.warnings()) {
            h.el("p", ("warning".equals(w.severity()) ? "Warning: " : "Check: ") + w.reason(), "class", w.severity());
        }
        h.open("details", "class", "why").el("summary", "Why (" + o.reasons().size() + " facts)");
        h.open("ul");
        o.reasons().forEach(r -> h.el("li", r));
        o.preferenceNotes().forEach(r -> h.el("li", "Preference: " + r));
        h.close("ul");
        sources(h, o.sources());
        if (!o.unverified().isEmpty()) {
            h.el("p", "Unverified: " + String.join("; ", o.unverified()), "class", "check");
        }
        h.close("details");
        h.open("details", "class", "evidence").el("summary", "Evidence and approvals");
        if (!o.evidence().isEmpty()) {
            h.open("ul");
            for (EvidenceSummary e : o.evidence()) {
                h.open("li").el("strong", e.trial() == null ? "Evidence" : e.trial());
                if (e.nct() != null) {
                    h.text(" (" + e.nct() + ")");
                }
                h.text(": " + (e.summary() == null ? "" : e.summary()));
                if (e.pfsHr() != null) {
                    h.text(" PFS HR " + e.pfsHr() + ".");
                }
                if (e.osHr() != null) {
                    h.text(" OS HR " + e.osHr() + (Boolean.TRUE.equals(e.osSignificant()) ? " (significant)." : "."));
                }
                if (e.esmoMcbs() != null) {
                    h.text(" ESMO-MCBS " + e.esmoMcbs() + ".");
                }
                h.close("li");
            }
            h.close("ul");
        }
        approvals(h, o.approvals());
        h.close("details");
        h.close("section");
    }

    private static void approvals(Html h, List<ApprovalStatus> approvals) {
        if (approvals.isEmpty()) {
            return;
        }
        h.open("ul");
        for (ApprovalStatus a : approvals) {
            h.el("li", a.region() + ": " + a.status() + (a.date() == null ? "" : " since " + a.date())
                    + (a.indication() == null ? "" : " - " + a.indication()) + (a.note() == null ? "" : " (" + a.note() + ")"));
        }
        h.close("ul");
    }

    private static void sources(Html h, List<SourceRef> sources) {
        if (sources.isEmpty()) {
            return;
        }
        h.open("p").text("Sources: ");
        for (int i = 0; i < sources.size(); i++) {
            SourceRef s = sources.get(i);
            if (i > 0) {
                h.text("; ");
            }
            if (s.url() != null && (s.url().startsWith("https://") || s.url().startsWith("http://"))) {
                h.el("a", s.title() == null ? s.id() : s.title(), "href", s.url(), "rel", "noopener noreferrer");
            } else {
                h.text(s.title() == null ? s.id() : s.title());
            }
        }
        h.close("p");
    }

    public void warnings(Html h, Plan plan) {
        h.el("h2", "Warnings", "id", "warnings");
        List<String> flags = plan.patientSummary().flags();
        boolean any = !flags.isEmpty() || plan.options().stream().anyMatch(o -> !o.warnings().isEmpty());
        if (!any) {
            h.el("p", "None.");
            return;
        }
        h.open("ul");
        flags.forEach(f -> h.el("li", "Record: " + f));
        for (PlanOption o : plan.options()) {
            for (Warning w : o.warnings()) {
                h.el("li", o.title() + " - " + w.severity() + ": " + w.reason(), "class", w.severity());
            }
        }
        h.close("ul");
    }

    public void excluded(Html h, Plan plan) {
        h.el("h2", "Why not (" + plan.excluded().size() + ")", "id", "why-not");
        if (plan.excluded().isEmpty()) {
            h.el("p", "Nothing was ruled out.");
            return;
        }
        h.open("details").el("summary", "Regimens considered and not offered");
        h.open("ul");
        for (Exclusion x : plan.excluded()) {
            h.open("li").el("strong", x.title()).text(" - " + x.kind() + ": " + String.join("; ", x.reasons()));
            if (!x.missing().isEmpty()) {
                h.text(" Missing: " + String.join(", ", x.missing()) + ".");
            }
            if (!x.tests().isEmpty()) {
                h.text(" Tests: " + String.join(", ", x.tests()) + ".");
            }
            h.close("li");
        }
        h.close("ul").close("details");
    }

    public void missingTests(Html h, Plan plan) {
        h.el("h2", "Missing tests", "id", "missing-tests");
        if (plan.missingTests().isEmpty()) {
            h.el("p", "None.");
            return;
        }
        h.open("ul");
        for (MissingTest t : plan.missingTests()) {
            h.open("li").el("strong", t.title()).text(": " + t.why());
            if (t.specimen() != null) {
                h.text(" Specimen: " + t.specimen() + ".");
            }
            if (!t.opens().isEmpty()) {
                h.text(" Would settle: " + String.join(", ", t.opens()) + ".");
            }
            h.close("li");
        }
        h.close("ul");
    }

    public void supportiveCare(Html h, Plan plan) {
        h.el("h2", "Supportive care", "id", "supportive-care");
        h.open("ul");
        for (SupportiveCareAdvice s : plan.supportiveCare()) {
            h.open("li").el("strong", s.title());
            if (s.why() != null) {
                h.text(" - " + s.why());
            }
            if (!s.actions().isEmpty()) {
                h.open("ul");
                s.actions().forEach(a -> h.el("li", a));
                h.close("ul");
            }
            h.close("li");
        }
        h.close("ul");
    }

    public void monitoring(Html h, Plan plan) {
        h.el("h2", "Monitoring calendar", "id", "monitoring");
        if (plan.monitoring().isEmpty()) {
            h.el("p", "No monitoring is scheduled.");
            return;
        }
        h.open("table").el("caption", "Monitoring from " + plan.asOf()).open("thead").open("tr")
                .el("th", "What", "scope", "col").el("th", "Kind", "scope", "col").el("th", "Dates", "scope", "col")
                .el("th", "Why", "scope", "col").close("tr").close("thead").open("tbody");
        for (MonitoringEntry m : plan.monitoring()) {
            h.open("tr").el("td", m.title()).el("td", m.kind())
                    .el("td", String.join(", ", m.dates().stream().map(Object::toString).toList()))
                    .el("td", (m.rationale() == null ? "" : m.rationale())
                            + (m.forOptions().isEmpty() ? "" : " (for " + String.join(", ", m.forOptions()) + ")"))
                    .close("tr");
        }
        h.close("tbody").close("table");
    }

    public void trials(Html h, Plan plan) {
        if (plan.trials().isEmpty()) {
            return;
        }
        h.el("h2", "Clinical trials (" + plan.trials().size() + ")", "id", "trials");
        h.open("ul");
        for (TrialMatch t : plan.trials()) {
            h.el("li", t.nctId() + " " + t.title() + " - " + t.match() + " (" + t.status() + ", " + t.phase() + ")");
        }
        h.close("ul");
    }

    public void dataQuality(Html h, Plan plan) {
        if (plan.dataQuality().isEmpty()) {
            return;
        }
        h.el("h2", "Data quality", "id", "data-quality");
        h.open("ul");
        plan.dataQuality().forEach(d -> h.el("li", d.severity() + " at " + d.where() + ": " + d.what() + " - " + d.reason()));
        h.close("ul");
    }
}
