package org.mbcnav.trials.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.kb.CriteriaWalker;
import org.mbcnav.kb.CriterionParser;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.trials.parse.TrialOverride;

/**
 * Loads knowledge/trials/overrides.yaml (see docs/trials.md). Criteria are written as in the rest
 * of knowledge/ (docs/knowledge-format.md) and checked against its drugs, classes and genes;
 * every entry needs a reviewer's note and the date it was reviewed. A missing file means no
 * overrides.
 */
public final class OverrideLoader {
    private static final Set<String> KEYS = Set.of("nctId", "sentence", "action", "criteria", "note", "reviewed", "checkByHand");
    private static final Set<String> ACTIONS = Set.of("add", "replace", "remove");

    public List<TrialOverride> load(Path file, Knowledge k) throws InputException {
        if (!Files.exists(file)) {
            return List.of();
        }
        LocatedTree tree = YamlFile.read(file);
        List<InputProblem> problems = new ArrayList<>();
        List<TrialOverride> out = new ArrayList<>();
        JsonNode list = YamlFile.list(tree, "overrides", problems);
        for (int i = 0; i < list.size(); i++) {
            String at = "/overrides/" + i;
            JsonNode n = list.get(i);
            YamlFile.unknownKeys(tree, n, at, KEYS, problems);
            String nct = YamlFile.text(tree, n, at, "nctId", true, problems);
            if (nct != null && !nct.matches("NCT\\d{8}")) {
                problems.add(tree.problem(at + "/nctId", "'" + nct + "' is not an NCT id"));
            }
            String sentence = YamlFile.text(tree, n, at, "sentence", true, problems);
            String action = YamlFile.text(tree, n, at, "action", true, problems);
            if (action != null && !ACTIONS.contains(action)) {
                problems.add(tree.problem(at + "/action", "'" + action + "' is not one of " + ACTIONS));
            }
            String note = YamlFile.text(tree, n, at, "note", true, problems);
            LocalDate reviewed = date(tree, n, at, problems);
            List<Criterion> criteria = new ArrayList<>();
            JsonNode cs = n.path("criteria");
            if (!cs.isMissingNode() && !cs.isArray()) {
                problems.add(tree.problem(at + "/criteria", "expected a list of criteria"));
            }
            for (int j = 0; j < cs.size(); j++) {
                Criterion c = CriterionParser.parse(tree, cs.get(j), at + "/criteria/" + j, problems);
                if (c != null) {
                    references(c, k, tree, at + "/criteria/" + j, problems);
                    criteria.add(c);
                }
            }
            if ("add".equals(action) && criteria.isEmpty()) {
                problems.add(tree.problem(at + "/criteria", "an add needs at least one criterion"));
            }
            String byHand = YamlFile.text(tree, n, at, "checkByHand", false, problems);
            int line = tree.problem(at, "").line();
            out.add(new TrialOverride(nct, sentence, action, criteria, note, reviewed, byHand, file.getFileName() + ":" + line));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    private static LocalDate date(LocatedTree tree, JsonNode n, String at, List<InputProblem> problems) {
        String s = YamlFile.text(tree, n, at, "reviewed", true, problems);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(tree.problem(at + "/reviewed", "'" + s + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    /** Drug classes, drugs and genes named by the criterion must exist in the knowledge base. */
    private static void references(Criterion c, Knowledge k, LocatedTree tree, String at, List<InputProblem> problems) {
        CriteriaWalker.walk(c, x -> {
            String problem = switch (x) {
                case Criterion.PriorClass p -> k.classes().containsKey(p.drugClass()) ? null : "unknown drug class '" + p.drugClass() + "'";
                case Criterion.PriorLines p -> p.drugClass() == null || k.classes().containsKey(p.drugClass()) ? null
                        : "unknown drug class '" + p.drugClass() + "'";
                case Criterion.RelapseAfterAdjuvant r -> k.classes().containsKey(r.drugClass()) ? null : "unknown drug class '" + r.drugClass() + "'";
                case Criterion.MedicationClass m -> k.classes().containsKey(m.drugClass()) ? null : "unknown drug class '" + m.drugClass() + "'";
                case Criterion.PriorDrug p -> k.drugs().containsKey(p.drug()) ? null : "unknown drug '" + p.drug() + "'";
                default -> null;
            };
            if (problem != null) {
                problems.add(tree.problem(at, problem + " (see knowledge/drugs.yaml)"));
            }
        });
    }
}
