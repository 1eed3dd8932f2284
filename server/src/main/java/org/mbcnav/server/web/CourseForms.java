package org.mbcnav.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mbcnav.model.course.knowledge.CtcaeTerm;
import org.mbcnav.model.patient.LabTest;
import org.mbcnav.model.patient.MetastaticSiteType;
import org.mbcnav.model.patient.StopReason;
import org.mbcnav.model.patient.VariantResult;
import org.mbcnav.report.Html;

/**
 * The course page's forms: add a scan, an adverse event, a ctDNA result, declare progression,
 * start or stop a regimen, change a drug's dose.
 * Each input's name is the form's key followed by the JSON pointer of the course-file event
 * field it fills ("scan-lesions-2-mm" fills /lesions/2/mm), so the event is built from the
 * fields without per-form code, and each problem the service reports (by pointer) is shown
 * next to the input it belongs to.
 */
final class CourseForms {
    /** MULTI: a multiple select whose chosen values fill a list (the form value joins them with commas). */
    enum Kind { TEXT, DATE, NUMBER, CHECKBOX, SELECT, LIST, MULTI }

    record Choice(String value, String label) {
    }

    record Input(String name, String label, Kind kind, List<Choice> choices, String hint) {
        Input(String name, String label, Kind kind) {
            this(name, label, kind, List.of(), null);
        }
    }

    /** Inputs shown together; a legend makes them a fieldset (one lesion, one finding). */
    record Group(String legend, List<Input> inputs) {
    }

    record Form(String key, String type, String title, String submit, List<Group> groups) {
        List<Input> inputs() {
            return groups.stream().flatMap(g -> g.inputs().stream()).toList();
        }
    }

    static final int LESION_ROWS = 5;
    static final int NEW_LESION_ROWS = 2;
    static final int FINDING_ROWS = 3;

    private CourseForms() {
    }

    /** drugs: the knowledge's drug catalogue, the only drugs a regimen or dose change may name. */
    static List<Form> forms(List<CtcaeTerm> terms, List<String> drugs) {
        return List.of(scan(), adverseEvent(terms), ctdna(), progression(), treatmentStart(drugs), treatmentStop(),
                doseChange(drugs));
    }

    private static Form scan() {
        List<Group> g = new ArrayList<>();
        g.add(new Group(null, List.of(new Input("scan-date", "Date of the scan", Kind.DATE),
                new Input("scan-baseline", "Baseline scan (starts the RECIST series of the line)", Kind.CHECKBOX),
                new Input("scan-modality", "Modality", Kind.TEXT, List.of(), "CT, MRI, bone scan..."))));
        List<Choice> statuses = choices(Function.identity(), "", "measured", "too-small", "gone", "not-assessed", "present",
                "absent", "progression");
        for (int i = 0; i < LESION_ROWS; i++) {
            String p = "scan-lesions-" + i + "-";
            g.add(new Group("Lesion " + (i + 1), List.of(new Input(p + "id", "Lesion id", Kind.TEXT),
                    new Input(p + "organ", "Organ (baseline)", Kind.TEXT),
                    new Input(p + "mm", "Size in mm", Kind.NUMBER, List.of(), "longest diameter; nodes: short axis"),
                    new Input(p + "status", "Status", Kind.SELECT, statuses, null),
                    new Input(p + "target", "Target lesion", Kind.CHECKBOX),
                    new Input(p + "nodal", "Lymph node", Kind.CHECKBOX))));
        }
        List<Choice> sites = sites();
        for (int i = 0; i < NEW_LESION_ROWS; i++) {
            String p = "scan-newLesions-" + i + "-";
            g.add(new Group("New lesion " + (i + 1), List.of(new Input(p + "id", "New lesion id", Kind.TEXT),
                    new Input(p + "site", "Site", Kind.SELECT, sites, null),
                    new Input(p + "equivocal", "Equivocal (re-image)", Kind.CHECKBOX))));
        }
        g.add(new Group(null, List.of(new Input("scan-note", "Note", Kind.TEXT))));
        return new Form("scan", "scan", "Add a scan", "Add scan", g);
    }

    private static Form adverseEvent(List<CtcaeTerm> terms) {
        List<Choice> t = new ArrayList<>(List.of(new Choice("", "graded from the lab value")));
        terms.forEach(x -> t.add(new Choice(x.id(), x.term())));
        List<Choice> labs = new ArrayList<>(List.of(new Choice("", "none")));
        for (LabTest l : LabTest.values()) {
            labs.add(new Choice(l.code(), l.code() + " (" + l.unit() + ")"));
        }
        return new Form("ae", "adverse-event", "Add an adverse event", "Add adverse event", List.of(
                new Group(null, List.of(new Input("ae-date", "Date", Kind.DATE),
                        new Input("ae-term", "CTCAE term", Kind.SELECT, t, null),
                        new Input("ae-grade", "CTCAE grade (1-5)", Kind.NUMBER, List.of(), "as assessed; leave empty to grade the lab value"))),
                new Group("Lab value to grade", List.of(new Input("ae-lab-test", "Test", Kind.SELECT, labs, null),
                        new Input("ae-lab-value", "Value", Kind.NUMBER),
                        new Input("ae-lab-lln", "Lower limit of normal", Kind.NUMBER),
                        new Input("ae-lab-uln", "Upper limit of normal", Kind.NUMBER),
                        new Input("ae-lab-baseline", "Baseline value", Kind.NUMBER))),
                new Group(null, List.of(new Input("ae-drugs", "Attributed to", Kind.LIST, List.of(),
                                "drug names, comma-separated; empty: every drug of the running regimen"),
                        new Input("ae-note", "Note", Kind.TEXT)))));
    }

    private static Form ctdna() {
        List<Group> g = new ArrayList<>();
        g.add(new Group(null, List.of(new Input("ctdna-date", "Date of the result", Kind.DATE),
                new Input("ctdna-assay", "Assay", Kind.TEXT))));
        List<Choice> results = new ArrayList<>(List.of(new Choice("", "")));
        for (VariantResult r : VariantResult.values()) {
            results.add(new Choice(r.code(), r.code()));
        }
        for (int i = 0; i < FINDING_ROWS; i++) {
            String p = "ctdna-findings-" + i + "-";
            g.add(new Group("Finding " + (i + 1), List.of(new Input(p + "gene", "Gene", Kind.TEXT),
                    new Input(p + "alteration", "Alteration", Kind.TEXT),
                    new Input(p + "result", "Result", Kind.SELECT, results, null),
                    new Input(p + "vaf", "Allele fraction (0-1)", Kind.NUMBER))));
        }
        g.add(new Group(null, List.of(new Input("ctdna-note", "Note", Kind.TEXT))));
        return new Form("ctdna", "ctdna", "Add a ctDNA result", "Add ctDNA result", g);
    }

    private static Form progression() {
        return new Form("progression", "progression", "Declare progression", "Declare progression", List.of(
                new Group(null, List.of(new Input("progression-date", "Date", Kind.DATE),
                        new Input("progression-basis", "Basis", Kind.SELECT,
                                choices(Function.identity(), "", "clinical", "recist"), null),
                        new Input("progression-newSites", "New metastatic sites", Kind.LIST, List.of(),
                                "site codes, comma-separated: " + String.join(", ", sites().stream().skip(1)
                                        .map(Choice::value).toList())),
                        new Input("progression-note", "Note", Kind.TEXT)))));
    }

    private static Form treatmentStart(List<String> drugs) {
        return new Form("start", "start-treatment", "Start a regimen", "Start regimen", List.of(
                new Group(null, List.of(new Input("start-date", "Start date", Kind.DATE),
                        new Input("start-drugs", "Drugs", Kind.MULTI, choices(Function.identity(), drugs.toArray(String[]::new)),
                                "every drug of the regimen; hold Ctrl (Cmd on a Mac) to choose more than one"),
                        new Input("start-regimen", "Plan option followed", Kind.TEXT, List.of(),
                                "optional: the id of the plan option the regimen follows"),
                        new Input("start-note", "Note", Kind.TEXT)))));
    }

    /** Only the running regimen can be stopped (one runs at a time); progression has its own form. */
    private static Form treatmentStop() {
        List<Choice> reasons = new ArrayList<>(List.of(new Choice("", "")));
        for (StopReason r : StopReason.values()) {
            if (r != StopReason.PROGRESSION) {
                reasons.add(new Choice(r.code(), r.code()));
            }
        }
        return new Form("stop", "stop-treatment", "Stop the running regimen", "Stop regimen", List.of(
                new Group(null, List.of(new Input("stop-date", "Stop date", Kind.DATE),
                        new Input("stop-reason", "Reason", Kind.SELECT, reasons, "progression is declared with its own form"),
                        new Input("stop-note", "Note", Kind.TEXT)))));
    }

    private static Form doseChange(List<String> drugs) {
        List<Choice> d = new ArrayList<>(List.of(new Choice("", "")));
        d.addAll(choices(Function.identity(), drugs.toArray(String[]::new)));
        return new Form("dose", "dose-change", "Change a dose", "Change dose", List.of(
                new Group(null, List.of(new Input("dose-date", "Date", Kind.DATE),
                        new Input("dose-drug", "Drug", Kind.SELECT, d, "a drug of the running regimen"),
                        new Input("dose-dose", "New dose level", Kind.TEXT, List.of(),
                                "one of the drug's label dose levels, written as in its dose-modification table"),
                        new Input("dose-note", "Note", Kind.TEXT, List.of(), "e.g. why the dose changed")))));
    }

    /** The event the form's filled inputs describe (type set; empty inputs left out: unknown is not negative). */
    static ObjectNode event(Form form, Map<String, String> values) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("type", form.type());
        for (Input in : form.inputs()) {
            String v = values.getOrDefault(in.name(), "").trim();
            if (v.isEmpty() || (in.kind() == Kind.CHECKBOX && !v.equals("true"))) {
                continue;
            }
            JsonNode value = switch (in.kind()) {
                case CHECKBOX -> JsonNodeFactory.instance.booleanNode(true);
                case NUMBER -> number(v);
                case LIST, MULTI -> {
                    ArrayNode a = JsonNodeFactory.instance.arrayNode();
                    for (String part : v.split(",")) {
                        if (!part.isBlank()) {
                            a.add(part.trim());
                        }
                    }
                    yield a;
                }
                default -> JsonNodeFactory.instance.textNode(v);
            };
            set(root, in.name().substring(form.key().length() + 1).split("-"), value);
        }
        return root;
    }

    /** The input a problem's pointer belongs to (the nearest enclosing one), or null for the summary only. */
    static String inputFor(Form form, String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return null;
        }
        String[] segs = pointer.substring(1).split("/");
        for (int n = segs.length; n > 0; n--) {
            String name = form.key() + "-" + String.join("-", java.util.Arrays.copyOf(segs, n));
            for (Input in : form.inputs()) {
                if (in.name().equals(name)) {
                    return name;
                }
            }
            for (Input in : form.inputs()) {
                if (in.name().startsWith(name + "-")) {
                    return in.name();
                }
            }
        }
        return null;
    }

    static Html render(Form form, String action, String csrf, Map<String, String> values, Map<String, String> errors,
                       List<String> otherErrors) {
        Html h = new Html();
        h.open("section", "class", "course-form", "id", form.key() + "-form", "aria-labelledby", form.key() + "-title");
        h.el("h3", form.title(), "id", form.key() + "-title");
        if (!errors.isEmpty() || !otherErrors.isEmpty()) {
            h.open("div", "class", "error-summary", "role", "alert", "id", form.key() + "-errors");
            h.el("h4", "Not recorded: please correct " + (errors.size() + otherErrors.size()) + " problem(s)");
            h.open("ul");
            errors.forEach((name, msg) -> h.open("li").el("a", label(form, name) + ": " + msg, "href", "#" + name).close("li"));
            otherErrors.forEach(m -> h.el("li", m));
            h.close("ul").close("div");
        }
        h.open("form", "method", "post", "action", action, "class", "form", "novalidate", "novalidate");
        h.empty("input", "type", "hidden", "name", "csrf", "value", csrf);
        for (Group g : form.groups()) {
            if (g.legend() != null) {
                h.open("fieldset", "class", "row").el("legend", g.legend());
            }
            for (Input in : g.inputs()) {
                field(h, in, values.getOrDefault(in.name(), ""), errors.get(in.name()));
            }
            if (g.legend() != null) {
                h.close("fieldset");
            }
        }
        h.el("button", form.submit(), "type", "submit");
        h.close("form").close("section");
        return h;
    }

    private static void field(Html h, Input in, String value, String error) {
        String describedBy = (in.hint() != null ? in.name() + "-hint " : "") + (error != null ? in.name() + "-error" : "");
        h.open("div", "class", "field" + (error != null ? " invalid" : ""));
        String[] common = {"id", in.name(), "name", in.name(),
                "aria-describedby", describedBy.isBlank() ? null : describedBy.trim(), "aria-invalid", error != null ? "true" : null};
        switch (in.kind()) {
            case CHECKBOX -> {
                h.empty("input", IntakeForm.concat(common, "type", "checkbox", "value", "true", "checked", value.equals("true") ? "checked" : null));
                h.el("label", in.label(), "for", in.name());
            }
            case SELECT, MULTI -> {
                boolean multi = in.kind() == Kind.MULTI;
                List<String> chosen = multi ? List.of(value.split(",")) : List.of(value);
                h.el("label", in.label(), "for", in.name());
                h.open("select", multi ? IntakeForm.concat(common, "multiple", "multiple", "size", "8") : common);
                for (Choice c : in.choices()) {
                    h.el("option", c.label().isEmpty() ? "not recorded" : c.label(), "value", c.value(),
                            "selected", chosen.contains(c.value()) ? "selected" : null);
                }
                h.close("select");
            }
            default -> {
                h.el("label", in.label(), "for", in.name());
                h.empty("input", IntakeForm.concat(common, "type", in.kind() == Kind.DATE ? "date" : "text",
                        "inputmode", in.kind() == Kind.NUMBER ? "decimal" : null, "value", value));
            }
        }
        if (in.hint() != null) {
            h.el("p", in.hint(), "id", in.name() + "-hint", "class", "hint");
        }
        if (error != null) {
            h.el("p", error, "id", in.name() + "-error", "class", "error");
        }
        h.close("div");
    }

    private static String label(Form form, String name) {
        for (Group g : form.groups()) {
            for (Input in : g.inputs()) {
                if (in.name().equals(name)) {
                    return g.legend() == null ? in.label() : g.legend() + ", " + in.label().toLowerCase(java.util.Locale.ROOT);
                }
            }
        }
        return name;
    }

    /** A number as the reader expects it; text that is not a number is passed on for the reader to name. */
    private static JsonNode number(String v) {
        try {
            return JsonNodeFactory.instance.numberNode(Long.parseLong(v));
        } catch (NumberFormatException e) {
            try {
                return JsonNodeFactory.instance.numberNode(Double.parseDouble(v));
            } catch (NumberFormatException e2) {
                return JsonNodeFactory.instance.textNode(v);
            }
        }
    }

    /** Sets the value at the path, making objects and arrays (a numeric segment is an index) on the way. */
    private static void set(ObjectNode root, String[] path, JsonNode value) {
        JsonNode node = root;
        for (int i = 0; i < path.length; i++) {
            boolean last = i == path.length - 1;
            boolean nextIsIndex = !last && path[i + 1].chars().allMatch(Character::isDigit);
            if (node instanceof ArrayNode a) {
                int index = Integer.parseInt(path[i]);
                while (a.size() <= index) {
                    a.addObject();
                }
                if (last) {
                    a.set(index, value);
                    return;
                }
                node = a.get(index);
            } else {
                ObjectNode o = (ObjectNode) node;
                if (last) {
                    o.set(path[i], value);
                    return;
                }
                if (!o.has(path[i])) {
                    if (nextIsIndex) {
                        o.putArray(path[i]);
                    } else {
                        o.putObject(path[i]);
                    }
                }
                node = o.get(path[i]);
            }
        }
    }

    private static List<Choice> sites() {
        List<Choice> out = new ArrayList<>(List.of(new Choice("", "")));
        for (MetastaticSiteType s : MetastaticSiteType.values()) {
            out.add(new Choice(s.code(), s.code()));
        }
        return out;
    }

    private static List<Choice> choices(Function<String, String> label, String... values) {
        List<Choice> out = new ArrayList<>();
        for (String v : values) {
            out.add(new Choice(v, label.apply(v)));
        }
        return out;
    }

    /** The posted values by input name; param gives every value posted under a name (several for a multiple select). */
    static Map<String, String> values(Form form, Function<String, List<String>> param) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Input in : form.inputs()) {
            List<String> v = param.apply(in.name());
            if (v != null && !v.isEmpty()) {
                out.put(in.name(), String.join(",", v));
            }
        }
        return out;
    }
}
