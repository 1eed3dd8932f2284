package org.mbcnav.trials.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.LabTest;
import org.mbcnav.model.patient.Condition;
import org.mbcnav.trials.parse.Lexicon;

/**
 * Loads knowledge/trials/lexicon.yaml and adds every drug name and brand of the knowledge base,
 * longest first, so that a drug is recognised without being listed twice. Classes, drugs, labs
 * and conditions must exist in the knowledge base and the patient format.
 */
public final class LexiconLoader {
    private static final Set<String> TERM_KEYS = Set.of("pattern", "class", "drug", "anySystemic");

    public Lexicon load(Path file, Knowledge k) throws InputException {
        LocatedTree tree = YamlFile.read(file);
        List<InputProblem> problems = new ArrayList<>();
        List<Lexicon.TherapyTerm> therapies = new ArrayList<>();
        JsonNode list = YamlFile.list(tree, "therapies", problems);
        for (int i = 0; i < list.size(); i++) {
            String at = "/therapies/" + i;
            JsonNode n = list.get(i);
            YamlFile.unknownKeys(tree, n, at, TERM_KEYS, problems);
            String regex = YamlFile.text(tree, n, at, "pattern", true, problems);
            String cls = YamlFile.text(tree, n, at, "class", false, problems);
            String drug = YamlFile.text(tree, n, at, "drug", false, problems);
            if (cls != null && !k.classes().containsKey(cls)) {
                problems.add(tree.problem(at + "/class", "unknown drug class '" + cls + "' (see knowledge/drugs.yaml)"));
            }
            if (drug != null && !k.drugs().containsKey(drug)) {
                problems.add(tree.problem(at + "/drug", "unknown drug '" + drug + "' (see knowledge/drugs.yaml)"));
            }
            Pattern p = regex == null ? null : YamlFile.pattern(tree, regex, at + "/pattern", problems);
            if (p != null) {
                therapies.add(new Lexicon.TherapyTerm(p, cls, drug, n.path("anySystemic").asBoolean(false)));
            }
        }
        therapies.addAll(drugTerms(k));
        List<String> genes = new ArrayList<>();
        YamlFile.list(tree, "genes", problems).forEach(g -> genes.add(g.asText()));
        List<Lexicon.LabTerm> labs = labs(tree, problems);
        List<Lexicon.ConditionTerm> conditions = new ArrayList<>();
        JsonNode cs = YamlFile.list(tree, "conditions", problems);
        Set<String> known = codes(Condition.values());
        for (int i = 0; i < cs.size(); i++) {
            String at = "/conditions/" + i;
            String regex = YamlFile.text(tree, cs.get(i), at, "pattern", true, problems);
            String condition = YamlFile.text(tree, cs.get(i), at, "condition", true, problems);
            if (condition != null && !known.contains(condition)) {
                problems.add(tree.problem(at + "/condition", "unknown condition '" + condition + "' (see docs/patient-format.md)"));
            }
            Pattern p = regex == null ? null : YamlFile.pattern(tree, regex, at + "/pattern", problems);
            if (p != null && condition != null) {
                conditions.add(new Lexicon.ConditionTerm(p, condition));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Lexicon(therapies, genes, labs, conditions);
    }

    private static List<Lexicon.LabTerm> labs(LocatedTree tree, List<InputProblem> problems) {
        List<Lexicon.LabTerm> out = new ArrayList<>();
        Set<String> known = codes(LabTest.values());
        JsonNode list = YamlFile.list(tree, "labs", problems);
        for (int i = 0; i < list.size(); i++) {
            String at = "/labs/" + i;
            JsonNode n = list.get(i);
            String regex = YamlFile.text(tree, n, at, "pattern", true, problems);
            String test = YamlFile.text(tree, n, at, "test", true, problems);
            if (test != null && !known.contains(test)) {
                problems.add(tree.problem(at + "/test", "unknown lab test '" + test + "' (see docs/patient-format.md)"));
            }
            List<Lexicon.LabUnit> units = new ArrayList<>();
            JsonNode us = n.path("units");
            for (int j = 0; j < us.size(); j++) {
                String u = YamlFile.text(tree, us.get(j), at + "/units/" + j, "unit", true, problems);
                JsonNode factor = us.get(j).path("factor");
                if (!factor.isNumber()) {
                    problems.add(tree.problem(at + "/units/" + j, "'factor' must be a number"));
                    continue;
                }
                Pattern p = u == null ? null : YamlFile.pattern(tree, u, at + "/units/" + j + "/unit", problems);
                if (p != null) {
                    units.add(new Lexicon.LabUnit(p, factor.asDouble()));
                }
            }
            Pattern p = regex == null ? null : YamlFile.pattern(tree, regex, at + "/pattern", problems);
            if (p != null && test != null) {
                out.add(new Lexicon.LabTerm(p, test, units));
            }
        }
        return out;
    }

    /** Every drug name and brand of the knowledge base as a whole-word term, longest first. */
    private static List<Lexicon.TherapyTerm> drugTerms(Knowledge k) {
        record Name(String text, String drug) {
        }
        List<Name> names = new ArrayList<>();
        for (Drug d : k.drugs().values()) {
            names.add(new Name(d.name(), d.name()));
            d.brands().forEach(b -> names.add(new Name(b, d.name())));
        }
        names.sort(Comparator.comparingInt((Name n) -> -n.text().length()).thenComparing(Name::text));
        return names.stream().map(n -> new Lexicon.TherapyTerm(
                Pattern.compile("(?<![\\w-])" + Pattern.quote(n.text()) + "(?![\\w-])", Pattern.CASE_INSENSITIVE),
                null, n.drug(), false)).toList();
    }

    private static Set<String> codes(org.mbcnav.model.patient.Coded[] values) {
        Set<String> out = new java.util.HashSet<>();
        for (var v : values) {
            out.add(v.code());
        }
        return out;
    }
}
