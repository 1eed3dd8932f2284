package org.mbcnav.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mbcnav.io.InputProblem;
import org.mbcnav.model.course.knowledge.CtcaeTable;
import org.mbcnav.model.course.knowledge.CtcaeTerm;
import org.mbcnav.model.course.knowledge.DoseModificationTable;
import org.mbcnav.model.course.knowledge.DoseRule;
import org.mbcnav.model.course.knowledge.GradeBand;
import org.mbcnav.model.course.knowledge.GradeMeasure;
import org.mbcnav.model.course.knowledge.RecistRules;
import org.mbcnav.model.course.knowledge.ReplanTriggers;
import org.mbcnav.model.course.knowledge.TrackingSettings;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.LabTest;

/** Reads the entries of knowledge/course/ files, checking every citation, drug and term. */
final class CourseParsers {
    static final Set<String> MEASURES = Set.of("value", "ratio-to-uln", "ratio-to-baseline", "change-from-baseline",
            "drop-from-baseline");
    static final Set<String> MEASURE_WHEN = Set.of("baseline-normal", "baseline-abnormal", "baseline-known");
    static final Set<String> ACTIONS = Set.of("continue", "hold", "reduce", "discontinue", "consider-hold",
            "consider-reduce", "see-label");
    static final Set<String> RECEPTOR_FIELDS = Set.of("hormoneReceptor", "her2Category", "subtype", "erLow");
    /** Row selectors that are not CTCAE term ids or categories. */
    static final Set<String> SPECIAL_AE = Set.of("any", "other");

    private final Knowledge k;

    CourseParsers(Knowledge k) {
        this.k = k;
    }

    RecistRules recist(Fields f) {
        Map<String, String> sections = new LinkedHashMap<>();
        Fields s = f.object("sections", true);
        if (s != null) {
            JsonNode node = f.raw("sections");
            node.fieldNames().forEachRemaining(name -> sections.put(name, s.text(name, true)));
            s.done();
        }
        List<String> sources = sources(f);
        RecistRules r = new RecistRules(
                positiveInt(f, "prDecreasePercent"), positiveInt(f, "pdIncreasePercent"),
                positive(f, "pdAbsoluteIncreaseMm"), positive(f, "tooSmallToMeasureMm"),
                positive(f, "nodeNormalBelowMm"), positive(f, "nodeTargetMinMm"), positive(f, "nonNodalTargetMinMm"),
                positiveInt(f, "maxTargets"), positiveInt(f, "maxTargetsPerOrgan"),
                f.texts("organsCountedAsOne"), f.texts("boneOrgans"),
                positiveInt(f, "confirmationMinDays"), positiveInt(f, "stableDiseaseMinDays"),
                sections, sources, f.date("lastReviewed", true), f.texts("unverified"));
        return r;
    }

    CtcaeTable ctcae(Fields f) {
        String version = f.text("version", true);
        List<String> sources = sources(f);
        LocalDate reviewed = f.date("lastReviewed", true);
        List<CtcaeTerm> terms = f.objects("terms", (t, i) -> term(t));
        Set<String> ids = new HashSet<>();
        Set<LabTest> labs = new HashSet<>();
        for (CtcaeTerm t : terms) {
            if (!ids.add(t.id())) {
                f.problem("terms", "term '" + t.id() + "' is defined twice");
            }
            if (t.lab() != null && !labs.add(t.lab())) {
                f.problem("terms", "lab '" + t.lab().code() + "' grades two terms; one term per lab");
            }
        }
        return new CtcaeTable(version, terms, sources, reviewed);
    }

    private CtcaeTerm term(Fields f) {
        String id = f.text("id", true);
        String title = f.text("term", true);
        List<String> categories = f.texts("categories");
        LabTest lab = null;
        String labCode = f.text("lab", false);
        if (labCode != null) {
            for (LabTest t : LabTest.values()) {
                if (t.code().equals(labCode)) {
                    lab = t;
                }
            }
            if (lab == null) {
                f.problem("lab", "'" + labCode + "' is not a lab test of the patient format");
            }
        }
        List<GradeMeasure> measures = f.objects("measures", (m, i) -> measure(m));
        if (lab != null && measures.isEmpty()) {
            f.problem("", "a lab-graded term needs at least one measure");
        }
        return new CtcaeTerm(id, title, categories, lab, measures, f.text("note", false), sources(f),
                f.texts("unverified"));
    }

    private GradeMeasure measure(Fields f) {
        String of = f.oneOf("of", true, MEASURES);
        String when = f.oneOf("when", false, MEASURE_WHEN);
        Boolean unverified = f.bool("unverified");
        List<GradeBand> bands = new ArrayList<>();
        JsonNode node = f.raw("bands");
        if (node == null || !node.isObject() || node.isEmpty()) {
            f.problem("bands", "expected a mapping of grade to interval, e.g. {1: \"[1.5, LLN)\"}");
        } else {
            node.fields().forEachRemaining(e -> {
                int grade;
                try {
                    grade = Integer.parseInt(e.getKey());
                } catch (NumberFormatException ex) {
                    f.problem("bands/" + e.getKey(), "a grade is a whole number 1-5");
                    return;
                }
                if (grade < 1 || grade > 5) {
                    f.problem("bands/" + e.getKey(), "a grade is a whole number 1-5");
                    return;
                }
                try {
                    bands.add(new GradeBand(grade, IntervalParser.parse(e.getValue().asText())));
                } catch (IllegalArgumentException ex) {
                    f.problem("bands/" + e.getKey(), ex.getMessage());
                }
            });
        }
        return new GradeMeasure(of, when, bands, Boolean.TRUE.equals(unverified));
    }

    DoseModificationTable doseTable(Fields f, CtcaeTable ctcae) {
        String drug = f.text("drug", true);
        if (drug != null && k.drug(drug).isEmpty()) {
            f.problem("drug", "unknown drug '" + drug + "' (not in drugs.yaml)");
        }
        List<String> levels = f.texts("doseLevels");
        List<String> mono = f.texts("monotherapyDoseLevels");
        String below = f.oneOf("belowLowest", true, Set.of("discontinue"));
        List<String> sources = sources(f);
        LocalDate reviewed = f.date("lastReviewed", true);
        List<String> unverified = f.texts("unverified");
        List<DoseRule> rules = f.objects("rules", (r, i) -> rule(r, ctcae, levels, mono));
        if (rules.isEmpty()) {
            f.problem("rules", "a dose-modification table needs at least one rule");
        }
        return new DoseModificationTable(drug, f.text("ctcaeVersion", true), levels, mono, below, rules, sources,
                reviewed, unverified);
    }

    private DoseRule rule(Fields f, CtcaeTable ctcae, List<String> levels, List<String> mono) {
        List<String> ae = f.texts("ae");
        if (ae.isEmpty()) {
            f.problem("", "the required field 'ae' is missing");
        }
        for (String a : ae) {
            boolean known = SPECIAL_AE.contains(a) || (ctcae != null && ctcae.terms().stream()
                    .anyMatch(t -> t.id().equals(a) || t.categories().contains(a)));
            if (!known) {
                f.problem("ae", "'" + a + "' is neither a CTCAE term id nor a category in ctcae.yaml, nor any/other");
            }
        }
        List<Integer> grades = new ArrayList<>(f.integers("grades"));
        Integer minGrade = f.integer("minGrade", false);
        for (Integer g : grades) {
            if (g < 1 || g > 5) {
                f.problem("grades", "a grade is a whole number 1-5");
            }
        }
        String action = f.oneOf("action", true, ACTIONS);
        Integer resumeAtGrade = f.integer("resumeAtGrade", false);
        String resumeAt = f.text("resumeAt", false);
        Boolean verified = f.bool("verified");
        if (verified == null) {
            f.problem("", "every rule says verified: true (confirmed in the cited source) or false (UNVERIFIED)");
        }
        if (resumeAt != null && resumeAt.startsWith("next-lower") && levels.isEmpty()) {
            f.problem("resumeAt", "next-lower needs the table's doseLevels");
        }
        List<String> ruleSources = f.texts("sources");
        ruleSources.forEach(s -> cited(f, s));
        return new DoseRule(ae, grades, minGrade, f.integer("occurrence", false), f.integer("minOccurrence", false),
                f.text("context", false), f.text("criterion", false), action, resumeAtGrade,
                f.text("resumeWhen", false), resumeAt, f.text("plus", false), f.text("recheck", false),
                Boolean.TRUE.equals(verified), ruleSources);
    }

    ReplanTriggers triggers(Fields f) {
        List<String> genes = f.texts("genes");
        for (String g : genes) {
            if (!k.genes().isEmpty() && !k.genes().containsKey(g)) {
                f.problem("genes", "unknown gene '" + g + "' (not in genes.yaml)");
            }
        }
        List<String> fields = f.texts("receptorFields");
        fields.stream().filter(x -> !RECEPTOR_FIELDS.contains(x)).forEach(x -> f.problem("receptorFields", "'" + x
                + "' is not one of " + new java.util.TreeSet<>(RECEPTOR_FIELDS)));
        return new ReplanTriggers(genes, fields, f.text("why", true), sources(f),
                f.date("lastReviewed", true));
    }

    TrackingSettings tracking(Fields f) {
        return new TrackingSettings(nonNegativeInt(f, "matchWindowDays"), nonNegativeInt(f, "graceDays"),
                positiveInt(f, "upcomingDays"));
    }

    void checkUniqueDrugs(List<DoseModificationTable> tables, List<InputProblem> problems, String file) {
        Set<String> seen = new HashSet<>();
        for (DoseModificationTable t : tables) {
            if (t.drug() != null && !seen.add(t.drug())) {
                problems.add(new InputProblem(file, "/doseModifications", 0, 0, "drug '" + t.drug()
                        + "' has two dose-modification tables"));
            }
        }
    }

    private List<String> sources(Fields f) {
        List<String> ids = f.texts("sources");
        if (ids.isEmpty()) {
            f.problem("", "at least one source is required (sources: [id, ...])");
        }
        ids.forEach(id -> cited(f, id));
        return ids;
    }

    private void cited(Fields f, String id) {
        if (!k.sources().containsKey(id)) {
            f.problem("sources", "unknown source '" + id + "' (not in knowledge/sources/)");
        }
    }

    private static int positiveInt(Fields f, String name) {
        Integer v = f.integer(name, true);
        if (v != null && v <= 0) {
            f.problem(name, "expected a number above 0");
        }
        return v == null ? 0 : v;
    }

    private static int nonNegativeInt(Fields f, String name) {
        Integer v = f.integer(name, true);
        if (v != null && v < 0) {
            f.problem(name, "expected 0 or more");
        }
        return v == null ? 0 : v;
    }

    private static double positive(Fields f, String name) {
        Double v = f.number(name, true);
        if (v != null && v <= 0) {
            f.problem(name, "expected a number above 0");
        }
        return v == null ? 0 : v;
    }
}
