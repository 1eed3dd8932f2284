package org.mbcnav.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.io.LocatingReader;
import org.mbcnav.io.PatientReader;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.Patient;

/**
 * Reads an evaluation cases file (docs/evaluation.md). Every problem in every case is reported
 * together, with its line and column in the cases file; an inline patient is checked exactly as
 * a patient file is.
 */
public final class CaseFileReader {
    private static final Set<String> TOP_FIELDS = Set.of("description", "asOf", "cases");
    private static final Set<String> CASE_FIELDS = Set.of("id", "indication", "asOf", "patient", "patientFile",
            "basedOn", "changes", "mustOffer", "mustOfferOnLabel", "mustNotOfferOnLabel", "exactOptions", "notes");
    private static final String ID = "[a-z0-9][a-z0-9.-]*";

    private final Knowledge k;
    private final PatientReader patients;

    public CaseFileReader(Knowledge k) {
        this.k = k;
        this.patients = new PatientReader(k.drugs().keySet());
    }

    /** True when the parsed document is a cases file rather than a patient. */
    public static boolean isCaseFile(LocatedTree tree) {
        return tree.root().isObject() && tree.root().has("cases");
    }

    public List<EvalCase> read(Path file) throws InputException {
        return read(new LocatingReader().read(text(file), file.toString()), file.toAbsolutePath().getParent());
    }

    public List<EvalCase> read(LocatedTree tree, Path dir) throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        JsonNode root = tree.root();
        if (!root.isObject() || !root.path("cases").isArray()) {
            throw new InputException(tree.problem("", "a cases file is an object with a 'cases' list"));
        }
        unknownFields(tree, "", TOP_FIELDS, problems);
        LocalDate defaultAsOf = root.has("asOf") ? date(tree, "/asOf", problems) : null;
        Map<String, LocatedTree> byId = new HashMap<>();
        List<EvalCase> out = new ArrayList<>();
        for (int i = 0; i < root.get("cases").size(); i++) {
            String at = "/cases/" + i;
            JsonNode c = root.get("cases").get(i);
            if (!c.isObject()) {
                problems.add(tree.problem(at, "a case is an object"));
                continue;
            }
            unknownFields(tree, at, CASE_FIELDS, problems);
            String id = c.path("id").asText("");
            if (!id.matches(ID)) {
                problems.add(tree.problem(at + "/id", "each case needs an id of lowercase letters, digits, '.' and '-'"));
                continue;
            }
            if (byId.containsKey(id) || out.stream().anyMatch(x -> x.id().equals(id))) {
                problems.add(tree.problem(at + "/id", "the case id '" + id + "' is used twice"));
                continue;
            }
            LocalDate asOf = c.has("asOf") ? date(tree, at + "/asOf", problems) : defaultAsOf;
            if (asOf == null) {
                problems.add(tree.problem(at, "the case has no asOf date (give one on the case or at the top of the file)"));
                continue;
            }
            String indication = c.has("indication") ? c.get("indication").asText() : null;
            if (indication != null && !k.sources().containsKey(indication)) {
                problems.add(tree.problem(at + "/indication", "'" + indication + "' is not a source id in knowledge/sources"));
            }
            List<String> mustOffer = items(tree, at + "/mustOffer", false, problems);
            List<String> onLabel = items(tree, at + "/mustOfferOnLabel", false, problems);
            List<String> mustNot = items(tree, at + "/mustNotOfferOnLabel", false, problems);
            List<String> exact = c.has("exactOptions") ? items(tree, at + "/exactOptions", true, problems) : null;
            if (mustOffer.isEmpty() && onLabel.isEmpty() && mustNot.isEmpty() && exact == null) {
                problems.add(tree.problem(at, "the case expects nothing: give mustOffer, mustOfferOnLabel, "
                        + "mustNotOfferOnLabel or exactOptions"));
            }
            LocatedTree patientTree = patientTree(tree, at, c, id, dir, byId, problems);
            if (patientTree == null) {
                continue;
            }
            byId.put(id, patientTree);
            Patient patient;
            try {
                patient = patients.read(patientTree, asOf);
            } catch (InputException e) {
                String where = c.has("patientFile") ? "" : at + (c.has("patient") ? "/patient" : "/changes");
                for (InputProblem p : e.problems()) {
                    problems.add(new InputProblem(p.file(), where + p.pointer(), p.line(), p.column(), p.message()));
                }
                continue;
            }
            String file = c.has("patientFile") ? patientTree.file() : tree.file();
            out.add(new EvalCase(id, indication, new PatientCase(id, patient, asOf, file), mustOffer, onLabel, mustNot,
                    exact, c.has("notes") ? c.get("notes").asText() : null));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /** The case's patient as its own located tree: inline, from a file, or a merge patch of an earlier case. */
    private LocatedTree patientTree(LocatedTree tree, String at, JsonNode c, String id, Path dir,
                                    Map<String, LocatedTree> byId, List<InputProblem> problems) {
        int given = (c.has("patient") ? 1 : 0) + (c.has("patientFile") ? 1 : 0) + (c.has("basedOn") ? 1 : 0);
        if (given != 1) {
            problems.add(tree.problem(at, "give exactly one of patient, patientFile or basedOn"));
            return null;
        }
        if (c.has("changes") && !c.has("basedOn")) {
            problems.add(tree.problem(at + "/changes", "changes are only used with basedOn"));
            return null;
        }
        if (c.has("patientFile")) {
            Path file = dir.resolve(c.get("patientFile").asText());
            try {
                LocatedTree t = new LocatingReader().read(text(file), file.toString());
                if (t.root().has("resourceType")) {
                    problems.add(tree.problem(at + "/patientFile", "FHIR patients are not supported in cases files; use the native format"));
                    return null;
                }
                return withId(t, id);
            } catch (InputException e) {
                problems.addAll(e.problems());
                return null;
            }
        }
        if (c.has("patient")) {
            if (!c.get("patient").isObject()) {
                problems.add(tree.problem(at + "/patient", "the patient is an object in the native patient format"));
                return null;
            }
            return withId(subtree(tree, at + "/patient"), id);
        }
        LocatedTree base = byId.get(c.get("basedOn").asText());
        if (base == null) {
            problems.add(tree.problem(at + "/basedOn", "'" + c.get("basedOn").asText()
                    + "' is not the id of an earlier case whose patient could be read"));
            return null;
        }
        if (!c.has("changes")) {
            return withId(base, id);
        }
        LocatedTree changes = subtree(tree, at + "/changes");
        Map<String, int[]> locations = new HashMap<>(base.locations());
        locations.putAll(changes.locations());
        return withId(new LocatedTree(tree.file(), MergePatch.apply(base.root(), changes.root()), locations), id);
    }

    /** The patient's id is always the case id, so plans and reports name the case. */
    private static LocatedTree withId(LocatedTree t, String id) {
        JsonNode root = t.root().deepCopy();
        if (root instanceof ObjectNode o) {
            o.put("id", id);
        }
        return new LocatedTree(t.file(), root, t.locations());
    }

    /** A part of the document with its positions, its pointers made relative to that part. */
    private static LocatedTree subtree(LocatedTree tree, String prefix) {
        Map<String, int[]> locations = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : tree.locations().entrySet()) {
            String p = e.getKey();
            if (p.equals(prefix) || p.startsWith(prefix + "/")) {
                locations.put(p.substring(prefix.length()), e.getValue());
            }
        }
        return new LocatedTree(tree.file(), tree.root().at(prefix), locations);
    }

    private List<String> items(LocatedTree tree, String at, boolean regimensOnly, List<InputProblem> problems) {
        JsonNode n = tree.root().at(at);
        if (n.isMissingNode()) {
            return List.of();
        }
        if (!n.isArray()) {
            problems.add(tree.problem(at, "a list of regimen ids" + (regimensOnly ? "" : " or drug names")));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String item = n.get(i).asText();
            boolean regimen = k.regimen(item).isPresent();
            if (!regimen && (regimensOnly || !k.drugs().containsKey(item))) {
                problems.add(tree.problem(at + "/" + i, "'" + item + "' is not a regimen id"
                        + (regimensOnly ? "" : " or a drug name") + " in the knowledge base"));
            }
            out.add(item);
        }
        return out;
    }

    private static LocalDate date(LocatedTree tree, String at, List<InputProblem> problems) {
        try {
            return LocalDate.parse(tree.root().at(at).asText());
        } catch (DateTimeParseException e) {
            problems.add(tree.problem(at, "not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static void unknownFields(LocatedTree tree, String at, Set<String> allowed, List<InputProblem> problems) {
        for (Iterator<String> it = tree.root().at(at).fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                problems.add(tree.problem(at + "/" + name, "unknown field '" + name + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        }
    }

    private static String text(Path file) throws InputException {
        try {
            if (Files.size(file) > LocatingReader.MAX_CHARS) {
                throw new InputException(new InputProblem(file.toString(), "", 0, 0, "the file is too large"));
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", 0, 0, "cannot be read: " + e.getMessage()));
        }
    }
}
