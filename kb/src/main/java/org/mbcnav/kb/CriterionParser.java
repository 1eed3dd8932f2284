package org.mbcnav.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.patient.Coded;
import org.mbcnav.model.patient.Condition;
import org.mbcnav.model.patient.LabTest;
import org.mbcnav.model.patient.MetastaticSiteType;
import org.mbcnav.model.patient.Symptom;

/**
 * Turns a criterion written in YAML (a mapping with exactly one key, see
 * docs/knowledge-format.md) into a Criterion, reporting unknown keys and bad values.
 */
public final class CriterionParser {
    static final Set<String> HER2 = Set.of("positive", "low", "ultralow", "zero");
    static final Set<String> SUBTYPES = Set.of("hr-positive-her2-negative", "her2-positive", "triple-negative");
    static final Set<String> SETTINGS = Set.of("metastatic", "early", "any");
    static final Set<String> SENSITIVITY = Set.of("sensitive", "primary-resistance", "secondary-resistance", "not-exposed");
    static final Set<String> VARIANT_STATUS = Set.of("detected", "not-detected");
    static final Set<String> ORIGINS = Set.of("germline", "somatic", "any");
    static final Set<String> SPECIMENS = Set.of("tissue", "ctdna", "any");
    static final Set<String> FRESHNESS = Set.of("since-last-progression", "any");
    static final Set<String> ALTERATION_TYPES = Set.of("mutation", "fusion", "amplification", "deletion");
    static final Set<String> MENOPAUSE = Set.of("premenopausal", "perimenopausal", "postmenopausal");
    static final Set<String> BRAIN = Set.of("active", "stable", "treated", "any");
    static final Set<String> OPS = Set.of("<", "<=", ">", ">=");
    static final Set<String> PREFERENCES = Set.of("oral-only", "avoid-hair-loss", "fewer-visits");
    static final Set<String> SITES = codes(MetastaticSiteType.values());
    static final Set<String> LABS = codes(LabTest.values());
    static final Set<String> CONDITIONS = codes(Condition.values());
    static final Set<String> SYMPTOMS = codes(Symptom.values());

    private CriterionParser() {
    }

    static Set<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).collect(Collectors.toUnmodifiableSet());
    }

    /** Parses the criterion at node, or returns null after recording the problems. */
    public static Criterion parse(LocatedTree tree, JsonNode node, String pointer, List<org.mbcnav.io.InputProblem> problems) {
        if (node == null || !node.isObject() || node.size() != 1) {
            problems.add(tree.problem(pointer, "a criterion is a mapping with exactly one key (see docs/knowledge-format.md)"));
            return null;
        }
        String key = node.fieldNames().next();
        JsonNode value = node.get(key);
        String at = pointer + "/" + key;
        Parse p = new Parse(tree, value, at, problems);
        Criterion c = switch (key) {
            case "hormoneReceptor" -> p.word(Set.of("positive", "negative")) instanceof String s
                    ? new Criterion.HormoneReceptor(s.equals("positive")) : null;
            case "erLow" -> new Criterion.ErLow(p.bool());
            case "her2" -> new Criterion.Her2(p.words(HER2));
            case "subtype" -> new Criterion.Subtype(p.words(SUBTYPES));
            case "line" -> p.range((f) -> new Criterion.Line(f.integer("min", false), f.integer("max", false)));
            case "priorClass" -> p.range((f) -> new Criterion.PriorClass(f.text("class", true),
                    orDefault(f.oneOf("setting", false, SETTINGS), "any"), f.bool("progression")));
            case "priorDrug" -> p.range((f) -> new Criterion.PriorDrug(f.text("drug", true),
                    orDefault(f.oneOf("setting", false, SETTINGS), "any"), f.bool("progression")));
            case "priorLines" -> p.range((f) -> new Criterion.PriorLines(f.text("class", false),
                    f.integer("min", false), f.integer("max", false)));
            case "endocrineSensitivity" -> new Criterion.EndocrineSensitivity(p.words(SENSITIVITY));
            case "relapseAfterAdjuvant" -> p.range((f) -> new Criterion.RelapseAfterAdjuvant(
                    orDefault(f.text("class", false), "endocrine-therapy"), orZero(f.integer("withinMonths", true))));
            case "diseaseFreeInterval" -> p.range((f) -> new Criterion.DiseaseFreeInterval(
                    f.integer("minMonths", false), f.integer("maxMonths", false)));
            case "deNovo" -> new Criterion.DeNovo(p.bool());
            case "biomarker" -> p.range((f) -> new Criterion.Biomarker(f.texts("genes"),
                    orDefault(f.oneOf("status", false, VARIANT_STATUS), "detected"),
                    orDefault(f.oneOf("origin", false, ORIGINS), "any"),
                    orDefault(f.oneOf("specimen", false, SPECIMENS), "any"),
                    f.text("alteration", false),
                    orDefault(f.oneOf("freshness", false, FRESHNESS), "any")));
            case "alterationType" -> p.range((f) -> new Criterion.AlterationType(f.texts("genes"),
                    f.oneOf("type", true, ALTERATION_TYPES)));
            case "pdl1" -> p.range((f) -> new Criterion.PdL1(f.text("assay", false), f.number("cpsMin", false),
                    f.number("icMin", false)));
            case "msi" -> p.word(Set.of("high")) instanceof String s ? new Criterion.Msi(s) : null;
            case "tmb" -> p.range((f) -> new Criterion.Tmb(orZero(f.number("min", true))));
            case "sex" -> p.word(Set.of("female", "male")) instanceof String s ? new Criterion.SexIs(s) : null;
            case "menopause" -> new Criterion.Menopause(p.words(MENOPAUSE));
            case "ovarianSuppression" -> new Criterion.OvarianSuppression(p.bool());
            case "needsOvarianSuppression" -> new Criterion.NeedsOvarianSuppression(p.bool());
            case "age" -> p.range((f) -> new Criterion.Age(f.integer("min", false), f.integer("max", false)));
            case "ecog" -> p.range((f) -> new Criterion.Ecog(f.integer("min", false), f.integer("max", false)));
            case "visceralCrisis" -> new Criterion.VisceralCrisis(p.bool());
            case "metastaticSite" -> new Criterion.MetastaticSite(p.words(SITES));
            case "brainMetastases" -> new Criterion.BrainMetastases(p.words(BRAIN));
            case "boneOnly" -> new Criterion.BoneOnly(p.bool());
            case "measurableDisease" -> new Criterion.MeasurableDisease(p.bool());
            case "symptom" -> new Criterion.SymptomPresent(p.words(SYMPTOMS));
            case "lab" -> p.range((f) -> new Criterion.Lab(f.oneOf("test", true, LABS), f.oneOf("op", true, OPS),
                    orZero(f.number("value", true))));
            case "comorbidity" -> value != null && value.isTextual()
                    ? (p.word(CONDITIONS) instanceof String s ? new Criterion.Comorbidity(s, null) : null)
                    : p.range((f) -> new Criterion.Comorbidity(f.oneOf("condition", true, CONDITIONS),
                    f.integer("minGrade", false)));
            case "medicationClass" -> p.word(null) instanceof String s ? new Criterion.MedicationClass(s) : null;
            case "pregnant" -> new Criterion.Pregnant(p.bool());
            case "preference" -> p.word(PREFERENCES) instanceof String s ? new Criterion.Preference(s) : null;
            case "allOf" -> new Criterion.AllOf(p.list());
            case "anyOf" -> new Criterion.AnyOf(p.list());
            case "not" -> parse(tree, value, at, problems) instanceof Criterion inner ? new Criterion.Not(inner) : null;
            default -> {
                problems.add(tree.problem(at, "unknown criterion '" + key + "' (see docs/knowledge-format.md)"));
                yield null;
            }
        };
        return p.failed ? null : c;
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }

    /** Reading helpers for one criterion value. */
    private static final class Parse {
        private final LocatedTree tree;
        private final JsonNode value;
        private final String pointer;
        private final List<org.mbcnav.io.InputProblem> problems;
        private boolean failed;

        Parse(LocatedTree tree, JsonNode value, String pointer, List<org.mbcnav.io.InputProblem> problems) {
            this.tree = tree;
            this.value = value;
            this.pointer = pointer;
            this.problems = problems;
        }

        private void fail(String message) {
            failed = true;
            problems.add(tree.problem(pointer, message));
        }

        boolean bool() {
            if (value == null || !value.isBoolean()) {
                fail("expected true or false");
                return false;
            }
            return value.asBoolean();
        }

        String word(Set<String> allowed) {
            if (value == null || !value.isValueNode() || value.isNull()) {
                fail("expected a single value");
                return null;
            }
            String s = value.asText();
            if (allowed != null && !allowed.contains(s)) {
                fail("'" + s + "' is not one of " + new java.util.TreeSet<>(allowed));
                return null;
            }
            return s;
        }

        List<String> words(Set<String> allowed) {
            List<String> out = new ArrayList<>();
            if (value != null && value.isValueNode() && !value.isNull()) {
                out.add(value.asText());
            } else if (value != null && value.isArray()) {
                value.forEach(v -> out.add(v.asText()));
            } else {
                fail("expected a value or a list of values");
                return out;
            }
            for (String s : out) {
                if (!allowed.contains(s)) {
                    fail("'" + s + "' is not one of " + new java.util.TreeSet<>(allowed));
                }
            }
            return out;
        }

        <T> T range(java.util.function.Function<Fields, T> read) {
            int before = problems.size();
            Fields f = new Fields(tree, value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value,
                    pointer, problems);
            T t = read.apply(f);
            f.done();
            if (problems.size() > before) {
                failed = true;
            }
            return t;
        }

        List<Criterion> list() {
            List<Criterion> out = new ArrayList<>();
            if (value == null || !value.isArray() || value.isEmpty()) {
                fail("expected a non-empty list of criteria");
                return out;
            }
            for (int i = 0; i < value.size(); i++) {
                Criterion c = parse(tree, value.get(i), pointer + "/" + i, problems);
                if (c == null) {
                    failed = true;
                } else {
                    out.add(c);
                }
            }
            return out;
        }
    }
}
