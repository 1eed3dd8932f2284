package org.mbcnav.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.io.LocatingReader;

/**
 * Reads knowledge/patient-language.yaml and checks it: every field present, every source id known
 * (the ids of knowledge/sources/), every match naming exactly one drug, class or modality that
 * exists. Problems carry the file, the field and the line.
 */
public final class PatientLanguageReader {
    public static final String FILE = "patient-language.yaml";

    private final Set<String> sourceIds;
    private final Set<String> drugs;
    private final Set<String> classes;
    private final List<InputProblem> problems = new ArrayList<>();
    private LocatedTree tree;

    public PatientLanguageReader(Set<String> sourceIds, Set<String> drugs, Set<String> classes) {
        this.sourceIds = sourceIds;
        this.drugs = drugs;
        this.classes = classes;
    }

    /** A reader that checks names against a loaded knowledge base. */
    public static PatientLanguageReader forKnowledge(org.mbcnav.model.knowledge.Knowledge k) {
        return new PatientLanguageReader(k.sources().keySet(), k.drugs().keySet(), k.classes().keySet());
    }

    public PatientLanguage read(Path knowledgeDir) throws InputException {
        Path file = knowledgeDir.resolve(FILE);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(List.of(new InputProblem(file.toString(), "", 0, 0, "cannot be read: " + e.getMessage())));
        }
        tree = new LocatingReader().read(text, file.toString());
        JsonNode root = tree.root().path("patientLanguage");
        if (!root.isObject()) {
            problem("/patientLanguage", "missing: the file must have a patientLanguage object");
            throw new InputException(problems);
        }
        String base = "/patientLanguage";
        LocalDate reviewed = date(root, base + "/lastReviewed");
        List<PatientLanguage.Subtype> subtypes = new ArrayList<>();
        each(root, base, "subtypes", (n, p) -> subtypes.add(new PatientLanguage.Subtype(req(n, p, "id"), req(n, p, "title"),
                req(n, p, "text"), sources(n, p))));
        if (subtypes.stream().noneMatch(s -> s.id().equals("unknown"))) {
            problem(base + "/subtypes", "needs an entry with id 'unknown' for plans whose subtype is not settled");
        }
        JsonNode m = root.path("metastatic");
        PatientLanguage.Text metastatic = new PatientLanguage.Text(req(m, base + "/metastatic", "text"),
                sources(m, base + "/metastatic"));
        List<PatientLanguage.Treatment> treatments = new ArrayList<>();
        each(root, base, "treatments", (n, p) -> treatments.add(treatment(n, p)));
        Map<String, String> monitoring = new LinkedHashMap<>();
        root.path("monitoring").properties().forEach(e -> monitoring.put(e.getKey(), e.getValue().asText()));
        List<PatientLanguage.Service> services = new ArrayList<>();
        each(root, base, "services", (n, p) -> services.add(new PatientLanguage.Service(req(n, p, "title"), req(n, p, "text"),
                sources(n, p))));
        List<String> questions = new ArrayList<>();
        root.path("questions").forEach(q -> questions.add(q.asText()));
        if (questions.isEmpty()) {
            problem(base + "/questions", "missing: at least one question to ask the care team");
        }
        String disclaimer = req(root, base, "disclaimer");
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new PatientLanguage(reviewed, subtypes, metastatic, treatments, monitoring, services, questions, disclaimer);
    }

    private PatientLanguage.Treatment treatment(JsonNode n, String p) {
        JsonNode match = n.path("match");
        String drug = text(match, "drug");
        String cls = text(match, "class");
        String modality = text(match, "modality");
        int set = (drug != null ? 1 : 0) + (cls != null ? 1 : 0) + (modality != null ? 1 : 0);
        if (set != 1) {
            problem(p + "/match", "must name exactly one of drug, class or modality");
        }
        if (drug != null && !drugs.contains(drug)) {
            problem(p + "/match/drug", "unknown drug '" + drug + "' (not in drugs.yaml)");
        }
        if (cls != null && !classes.contains(cls)) {
            problem(p + "/match/class", "unknown drug class '" + cls + "' (not in drugs.yaml)");
        }
        List<PatientLanguage.SideEffect> effects = new ArrayList<>();
        each(n, p, "sideEffects", (e, ep) -> effects.add(new PatientLanguage.SideEffect(req(e, ep, "effect"), req(e, ep, "manage"))));
        return new PatientLanguage.Treatment(new PatientLanguage.Match(drug, cls, modality), req(n, p, "name"),
                req(n, p, "what"), req(n, p, "howGiven"), req(n, p, "howOften"), effects, text(n, "avoid"), sources(n, p));
    }

    private interface Entry {
        void accept(JsonNode node, String pointer);
    }

    private void each(JsonNode parent, String pointer, String field, Entry entry) {
        JsonNode list = parent.path(field);
        if (!list.isArray()) {
            problem(pointer + "/" + field, "missing: a list is expected");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            entry.accept(list.get(i), pointer + "/" + field + "/" + i);
        }
    }

    private List<String> sources(JsonNode n, String pointer) {
        List<String> ids = new ArrayList<>();
        JsonNode s = n.path("sources");
        if (!s.isArray() || s.isEmpty()) {
            problem(pointer + "/sources", "missing: every text cites at least one source id");
            return ids;
        }
        for (int i = 0; i < s.size(); i++) {
            String id = s.get(i).asText();
            if (!sourceIds.contains(id)) {
                problem(pointer + "/sources/" + i, "unknown source id '" + id + "' (not in knowledge/sources/)");
            }
            ids.add(id);
        }
        return ids;
    }

    private String req(JsonNode n, String pointer, String field) {
        String v = text(n, field);
        if (v == null || v.isBlank()) {
            problem(pointer + "/" + field, "missing: text is required");
            return "";
        }
        return v.strip();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private LocalDate date(JsonNode n, String pointer) {
        String v = text(n, "lastReviewed");
        try {
            return LocalDate.parse(v == null ? "" : v);
        } catch (DateTimeParseException e) {
            problem(pointer, "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    private void problem(String pointer, String message) {
        problems.add(tree == null ? new InputProblem(FILE, pointer, 0, 0, message) : tree.problem(pointer, message));
    }
}
