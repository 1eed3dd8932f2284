package org.mbcnav.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mbcnav.report.Html;

/**
 * The intake form: each field is bound to a JSON pointer of the native patient format
 * (docs/patient-format.md), so the problems io's PatientReader reports with their pointers land
 * next to the field they concern. Fields left empty are left out of the document (unknown, not
 * negative). Editing keeps every part of the stored record the form does not show.
 */
final class IntakeForm {
    enum Kind { TEXT, DATE, NUMBER, SELECT, CHECKBOX }

    record Field(String name, String label, String pointer, Kind kind, List<String> options, String hint) {
    }

    static final List<String> SITES = List.of("bone", "liver", "lung", "pleura", "brain", "leptomeningeal", "lymph-node",
            "skin", "chest-wall", "peritoneum", "soft-tissue", "adrenal", "other");

    static final List<Field> FIELDS = List.of(
            new Field("id", "Patient id", "/id", Kind.TEXT, List.of(), "Letters, digits, dots, dashes"),
            new Field("sex", "Sex", "/person/sex", Kind.SELECT, List.of("", "female", "male"), null),
            new Field("birthDate", "Date of birth", "/person/birthDate", Kind.DATE, List.of(), null),
            new Field("menopausalStatus", "Menopausal status", "/person/menopausalStatus", Kind.SELECT,
                    List.of("", "premenopausal", "perimenopausal", "postmenopausal"), null),
            new Field("ecog", "ECOG performance status", "/person/ecog", Kind.NUMBER, List.of(), "0 to 4"),
            new Field("biopsyDate", "Biopsy date", "/tumor/biopsies/0/date", Kind.DATE, List.of(), "The most recent biopsy"),
            new Field("biopsySite", "Biopsy site", "/tumor/biopsies/0/site", Kind.TEXT, List.of(), "e.g. liver, left breast"),
            new Field("biopsyMetastatic", "The biopsy is of a metastasis", "/tumor/biopsies/0/metastatic", Kind.CHECKBOX, List.of(), null),
            new Field("erPercent", "ER (% of cells)", "/tumor/biopsies/0/erPercent", Kind.NUMBER, List.of(), "0 to 100"),
            new Field("prPercent", "PR (% of cells)", "/tumor/biopsies/0/prPercent", Kind.NUMBER, List.of(), "0 to 100"),
            new Field("her2Ihc", "HER2 IHC score", "/tumor/biopsies/0/her2/ihc", Kind.SELECT, List.of("", "0", "1+", "2+", "3+"), null),
            new Field("her2Ish", "HER2 ISH", "/tumor/biopsies/0/her2/ish", Kind.SELECT,
                    List.of("", "amplified", "not-amplified", "equivocal"), null),
            new Field("primaryDiagnosisDate", "Date of first diagnosis", "/disease/primaryDiagnosisDate", Kind.DATE, List.of(), null),
            new Field("metastaticDiagnosisDate", "Date metastatic disease was diagnosed", "/disease/metastaticDiagnosisDate",
                    Kind.DATE, List.of(), null),
            new Field("deNovo", "Metastatic at first diagnosis (de novo stage IV)", "/disease/deNovoStageIV", Kind.CHECKBOX,
                    List.of(), null));

    /** Values as the form shows them, by field name; sites are the checked site codes. */
    record Values(Map<String, String> fields, List<String> sites) {
    }

    private IntakeForm() {
    }

    static Values from(JsonNode doc) {
        Map<String, String> v = new LinkedHashMap<>();
        for (Field f : FIELDS) {
            JsonNode n = doc.at(f.pointer());
            if (!n.isMissingNode() && !n.isNull()) {
                v.put(f.name(), n.asText());
            }
        }
        List<String> sites = new ArrayList<>();
        doc.at("/disease/sites").forEach(s -> sites.add(s.path("site").asText()));
        return new Values(v, sites);
    }

    /** Writes the form's values into the document (a copy of the stored one, or empty); problems by field name. */
    static ObjectNode apply(Values values, ObjectNode doc, Map<String, String> problems) {
        for (Field f : FIELDS) {
            String raw = values.fields().getOrDefault(f.name(), "").trim();
            String[] parts = f.pointer().substring(1).split("/");
            if (f.kind() == Kind.CHECKBOX) {
                set(doc, parts, JsonNodeFactory.instance.booleanNode(!raw.isEmpty()));
            } else if (raw.isEmpty()) {
                remove(doc, parts);
            } else if (f.kind() == Kind.NUMBER) {
                try {
                    double d = Double.parseDouble(raw);
                    set(doc, parts, d == Math.rint(d) ? JsonNodeFactory.instance.numberNode((long) d)
                            : JsonNodeFactory.instance.numberNode(d));
                } catch (NumberFormatException e) {
                    problems.put(f.name(), "Enter a number.");
                }
            } else if (f.kind() == Kind.SELECT && !f.options().contains(raw)) {
                problems.put(f.name(), "Choose one of the listed values.");
            } else {
                set(doc, parts, JsonNodeFactory.instance.textNode(raw));
            }
        }
        ObjectNode disease = doc.has("disease") && doc.get("disease").isObject() ? (ObjectNode) doc.get("disease")
                : doc.putObject("disease");
        Map<String, JsonNode> kept = new LinkedHashMap<>();
        disease.path("sites").forEach(s -> kept.put(s.path("site").asText(), s));
        ArrayNode sites = JsonNodeFactory.instance.arrayNode();
        String date = values.fields().getOrDefault("metastaticDiagnosisDate", "").trim();
        for (String site : values.sites()) {
            if (!SITES.contains(site) && !kept.containsKey(site)) {
                problems.put("sites", "Unknown site '" + site + "'.");
                continue;
            }
            JsonNode old = kept.get(site);
            if (old != null) {
                sites.add(old);
            } else {
                ObjectNode s = sites.addObject().put("site", site);
                if (!date.isEmpty()) {
                    s.put("date", date);
                }
            }
        }
        disease.set("sites", sites);
        return doc;
    }

    /** The form field a problem's pointer belongs to: the field with the longest matching pointer. */
    static String fieldFor(String pointer) {
        if (pointer == null) {
            return null;
        }
        if (pointer.startsWith("/disease/sites")) {
            return "sites";
        }
        String best = null;
        int len = -1;
        for (Field f : FIELDS) {
            if ((pointer.equals(f.pointer()) || pointer.startsWith(f.pointer() + "/")) && f.pointer().length() > len) {
                best = f.name();
                len = f.pointer().length();
            }
        }
        return best;
    }

    static Html render(String action, String csrf, Values v, Integer version, Map<String, String> problems,
                       List<String> otherProblems, boolean newPatient) {
        Html h = new Html();
        if (!problems.isEmpty() || !otherProblems.isEmpty()) {
            h.open("div", "class", "error-summary", "role", "alert", "tabindex", "-1", "id", "error-summary");
            h.el("h2", "Please correct " + (problems.size() + otherProblems.size()) + " problem(s)");
            h.open("ul");
            problems.forEach((name, msg) -> h.open("li").el("a", label(name) + ": " + msg, "href", "#" + name).close("li"));
            otherProblems.forEach(p -> h.el("li", p));
            h.close("ul").close("div");
        }
        h.open("form", "method", "post", "action", action, "class", "form", "novalidate", "novalidate");
        h.empty("input", "type", "hidden", "name", "csrf", "value", csrf);
        if (version != null) {
            h.empty("input", "type", "hidden", "name", "version", "value", String.valueOf(version));
        }
        for (Field f : FIELDS) {
            String value = v.fields().getOrDefault(f.name(), "");
            String error = problems.get(f.name());
            String describedBy = (f.hint() != null ? f.name() + "-hint " : "") + (error != null ? f.name() + "-error" : "");
            h.open("div", "class", "field" + (error != null ? " invalid" : ""));
            boolean readOnly = f.name().equals("id") && !newPatient;
            String[] common = {"id", f.name(), "name", f.name(), "aria-describedby", describedBy.isBlank() ? null : describedBy.trim(),
                    "aria-invalid", error != null ? "true" : null};
            switch (f.kind()) {
                case CHECKBOX -> {
                    h.empty("input", concat(common, "type", "checkbox", "value", "true",
                            "checked", value.equals("true") ? "checked" : null));
                    h.el("label", f.label(), "for", f.name());
                }
                case SELECT -> {
                    h.el("label", f.label(), "for", f.name());
                    h.open("select", common);
                    for (String o : f.options()) {
                        h.el("option", o.isEmpty() ? "not recorded" : o, "value", o, "selected", o.equals(value) ? "selected" : null);
                    }
                    h.close("select");
                }
                default -> {
                    h.el("label", f.label(), "for", f.name());
                    h.empty("input", concat(common, "type", f.kind() == Kind.DATE ? "date" : "text",
                            "inputmode", f.kind() == Kind.NUMBER ? "decimal" : null, "value", value,
                            "readonly", readOnly ? "readonly" : null));
                }
            }
            if (f.hint() != null) {
                h.el("p", f.hint(), "id", f.name() + "-hint", "class", "hint");
            }
            if (error != null) {
                h.el("p", error, "id", f.name() + "-error", "class", "error");
            }
            h.close("div");
        }
        String siteError = problems.get("sites");
        h.open("fieldset", "class", "field" + (siteError != null ? " invalid" : ""), "id", "sites",
                "aria-describedby", siteError != null ? "sites-error" : null);
        h.el("legend", "Metastatic sites");
        for (String site : SITES) {
            h.open("span", "class", "check");
            h.empty("input", "type", "checkbox", "id", "site-" + site, "name", "sites", "value", site,
                    "checked", v.sites().contains(site) ? "checked" : null);
            h.el("label", site, "for", "site-" + site);
            h.close("span");
        }
        if (siteError != null) {
            h.el("p", siteError, "id", "sites-error", "class", "error");
        }
        h.close("fieldset");
        h.el("button", newPatient ? "Create patient" : "Save changes", "type", "submit");
        h.close("form");
        return h;
    }

    private static String label(String name) {
        return name.equals("sites") ? "Metastatic sites"
                : FIELDS.stream().filter(f -> f.name().equals(name)).map(Field::label).findFirst().orElse(name);
    }

    static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void set(ObjectNode doc, String[] parts, JsonNode value) {
        JsonNode node = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i], parts[i + 1]);
        }
        String last = parts[parts.length - 1];
        if (node instanceof ArrayNode a) {
            int i = Integer.parseInt(last);
            while (a.size() <= i) {
                a.addNull();
            }
            a.set(i, value);
        } else {
            ((ObjectNode) node).set(last, value);
        }
    }

    private static JsonNode child(JsonNode node, String name, String next) {
        boolean nextIsIndex = next.chars().allMatch(Character::isDigit);
        if (node instanceof ArrayNode a) {
            int i = Integer.parseInt(name);
            while (a.size() <= i) {
                a.addObject();
            }
            if (!a.get(i).isContainerNode()) {
                a.set(i, JsonNodeFactory.instance.objectNode());
            }
            return a.get(i);
        }
        ObjectNode o = (ObjectNode) node;
        JsonNode c = o.get(name);
        if (c == null || !c.isContainerNode()) {
            c = nextIsIndex ? o.putArray(name) : o.putObject(name);
        }
        return c;
    }

    private static void remove(ObjectNode doc, String[] parts) {
        JsonNode node = doc;
        for (int i = 0; i < parts.length - 1 && node != null; i++) {
            node = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
        }
        if (node instanceof ObjectNode o) {
            o.remove(parts[parts.length - 1]);
        }
    }
}
