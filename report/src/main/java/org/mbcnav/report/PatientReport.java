package org.mbcnav.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.plan.DrugRef;
import org.mbcnav.model.plan.MonitoringEntry;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;
import org.mbcnav.model.plan.SupportiveCareAdvice;

/**
 * The plan in plain language for the patient. Every sentence comes from knowledge data
 * (patient-language.yaml and the supportive-care patientText) or is a fixed short sentence here;
 * a medicine without plain-language data gets no invented text but a pointer to the care team.
 */
public final class PatientReport {
    /** How many options the patient report shows; the care team's page shows them all. */
    static final int OPTIONS_SHOWN = 5;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Knowledge knowledge;
    private final PatientLanguage language;

    public PatientReport(Knowledge knowledge, PatientLanguage language) {
        this.knowledge = knowledge;
        this.language = language;
    }

    /** A complete page; stylesheetHref null inlines the stylesheet (files, PDF). */
    public String document(Plan plan, String stylesheetHref) {
        return Document.page("Your treatment plan", body(plan), stylesheetHref);
    }

    public Html body(Plan plan) {
        Html h = new Html();
        h.el("h1", "Your treatment plan");
        h.el("p", "Made on " + plan.asOf().format(DATE) + ".", "class", "muted");
        disclaimer(h);

        h.el("h2", "About your cancer");
        h.el("p", language.metastatic().text());
        PatientLanguage.Subtype subtype = language.subtype(plan.patientSummary().subtype());
        h.el("h3", "Your type: " + subtype.title());
        h.el("p", subtype.text());

        List<PlanOption> shown = plan.options().stream().limit(OPTIONS_SHOWN).toList();
        h.el("h2", "Treatments your team may talk with you about");
        if (shown.isEmpty()) {
            h.el("p", "Your team will talk with you about what comes next.");
        } else {
            h.el("p", "Your team will help you choose. The list starts with the ones that fit you best.");
            h.open("ol");
            for (PlanOption o : shown) {
                h.open("li").el("strong", o.title());
                h.el("span", " - " + giving(o));
                h.close("li");
            }
            h.close("ol");
            if (plan.options().size() > shown.size()) {
                h.el("p", "Your team found " + plan.options().size() + " choices in all. Ask them about the others.");
            }
            medicines(h, shown);
        }

        monitoring(h, plan);
        if (!plan.missingTests().isEmpty()) {
            h.el("h2", "Tests that may help");
            h.el("p", "Some test results are missing. They could show if more medicines may work for you. Ask your team about them.");
        }
        trials(h, plan);
        support(h, plan);
        h.el("h2", "Questions to ask your care team");
        h.open("ul");
        language.questions().forEach(q -> h.el("li", q));
        h.close("ul");
        disclaimer(h);
        return h;
    }

    /**
     * Open trials that may fit, by their registry number only: trial titles are written for
     * researchers, and the team can explain each one.
     */
    private void trials(Html h, Plan plan) {
        List<String> open = plan.trials().stream()
                .filter(t -> !"ineligible".equals(t.match()))
                .filter(t -> t.status() != null && t.status().toUpperCase(java.util.Locale.ROOT).contains("RECRUITING"))
                .map(t -> t.nctId()).limit(5).toList();
        if (open.isEmpty()) {
            return;
        }
        h.el("h2", "Research studies");
        h.el("p", "A research study (a clinical trial) may be a good choice for you. Your team found "
                + open.size() + " that may fit. Ask them about these studies: " + String.join(", ", open) + ".");
    }

    private void disclaimer(Html h) {
        h.open("div", "class", "disclaimer", "role", "note").el("strong", "Please note. ").text(language.disclaimer()).close("div");
    }

    private static String giving(PlanOption o) {
        if (o.drugs().isEmpty()) {
            return o.modalities().contains("radiation") ? "treatment with radiation" : "your team will explain it";
        }
        return (o.drugs().size() == 1 ? "1 medicine" : o.drugs().size() + " medicines") + ": "
                + String.join(", ", o.drugs().stream().map(DrugRef::name).toList());
    }

    private void medicines(Html h, List<PlanOption> shown) {
        Set<String> drugs = new LinkedHashSet<>();
        shown.forEach(o -> o.drugs().forEach(d -> drugs.add(d.name())));
        if (drugs.isEmpty()) {
            return;
        }
        h.el("h2", "About each medicine");
        Map<String, List<String>> byEntry = new LinkedHashMap<>();
        Map<String, PatientLanguage.Treatment> entries = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String d : drugs) {
            Optional<PatientLanguage.Treatment> t = language.treatment(d, knowledge);
            if (t.isPresent()) {
                byEntry.computeIfAbsent(t.get().name(), k -> new ArrayList<>()).add(d);
                entries.put(t.get().name(), t.get());
            } else {
                unknown.add(d);
            }
        }
        for (var e : byEntry.entrySet()) {
            PatientLanguage.Treatment t = entries.get(e.getKey());
            h.open("section", "class", "medicine");
            String names = String.join(", ", e.getValue());
            h.el("h3", names.equalsIgnoreCase(t.name()) ? capital(names) : t.name() + ": " + names);
            h.el("p", t.what());
            h.open("dl");
            h.el("dt", "How it is given").el("dd", t.howGiven());
            h.el("dt", "How often").el("dd", t.howOften());
            h.close("dl");
            if (!t.sideEffects().isEmpty()) {
                h.el("h4", "Common side effects and what helps");
                h.open("ul");
                for (PatientLanguage.SideEffect s : t.sideEffects()) {
                    h.open("li").el("strong", s.effect() + ".").text(" " + s.manage()).close("li");
                }
                h.close("ul");
            } else {
                h.el("p", "Ask your team about its side effects and how to manage them.");
            }
            if (t.avoid() != null) {
                h.el("p", t.avoid());
            }
            h.close("section");
        }
        if (!unknown.isEmpty()) {
            h.el("h3", "Other medicines: " + String.join(", ", unknown));
            h.el("p", "Ask your team how these are given, how often, and what side effects they can have.");
        }
    }

    private void monitoring(Html h, Plan plan) {
        if (plan.monitoring().isEmpty()) {
            return;
        }
        h.el("h2", "Tests and check-ups");
        h.el("p", "Your team will check on you and the cancer. This is what the checks are for.");
        Map<String, List<MonitoringEntry>> byKind = new LinkedHashMap<>();
        plan.monitoring().forEach(m -> byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m));
        h.open("ul");
        for (var e : byKind.entrySet()) {
            String why = language.monitoring().get(e.getKey());
            if (why == null) {
                continue;
            }
            Optional<LocalDate> next = e.getValue().stream().flatMap(m -> m.dates().stream()).min(LocalDate::compareTo);
            h.open("li").text(why);
            next.ifPresent(d -> h.text(" The next one is planned for " + d.format(DATE) + "."));
            h.close("li");
        }
        h.close("ul");
    }

    private void support(Html h, Plan plan) {
        h.el("h2", "Support for you");
        for (SupportiveCareAdvice s : plan.supportiveCare()) {
            if (s.patientText() != null && !s.patientText().isBlank()) {
                h.el("p", s.patientText().strip());
            }
        }
        h.open("ul");
        for (PatientLanguage.Service s : language.services()) {
            h.open("li").el("strong", s.title() + ".").text(" " + s.text()).close("li");
        }
        h.close("ul");
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
