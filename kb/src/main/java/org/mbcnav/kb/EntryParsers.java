package org.mbcnav.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mbcnav.model.knowledge.Approval;
import org.mbcnav.model.knowledge.Component;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Definitions;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.knowledge.DrugClass;
import org.mbcnav.model.knowledge.Evidence;
import org.mbcnav.model.knowledge.Gene;
import org.mbcnav.model.knowledge.MedicationCode;
import org.mbcnav.model.knowledge.MonitoringItem;
import org.mbcnav.model.knowledge.NdcCode;
import org.mbcnav.model.knowledge.Outcome;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.knowledge.RegimenTrigger;
import org.mbcnav.model.knowledge.Release;
import org.mbcnav.model.knowledge.Rule;
import org.mbcnav.model.knowledge.ScheduleStep;
import org.mbcnav.model.knowledge.Source;
import org.mbcnav.model.knowledge.SupportiveCareItem;
import org.mbcnav.model.knowledge.TestDefinition;

/** One reader per kind of knowledge entry, each following docs/knowledge-format.md. */
final class EntryParsers {
    static final Set<String> SOURCE_KINDS = Set.of("label-us", "label-eu", "regulator-notice", "trial-publication",
            "guideline", "consensus", "review", "secondary");
    static final Set<String> MODALITIES = Set.of("hormone", "targeted", "chemotherapy", "immunotherapy", "radiation");
    static final Set<String> DRUG_MODALITIES = Set.of("hormone", "targeted", "chemotherapy", "immunotherapy",
            "supportive", "other");
    static final Set<String> ROUTES = Set.of("oral", "iv", "sc", "im", "other");
    /** Code systems of knowledge/medication-codes.yaml: RxNorm, FDA National Drug Code, FDA UNII. */
    static final Set<String> CODE_SYSTEMS = Set.of("rxnorm", "ndc", "unii");
    static final Set<String> LEVELS = Set.of("none", "low", "high");
    static final Set<String> EMETOGENIC = Set.of("minimal", "low", "moderate", "high");
    static final Set<String> CATEGORIES = Set.of("preferred", "other", "certain-circumstances");
    static final Set<String> GROUPS = Set.of("hr-positive-her2-negative", "her2-positive", "triple-negative",
            "her2-negative", "tumour-agnostic", "radiation");
    static final Set<String> REGIONS = Set.of("US", "EU");
    static final Set<String> APPROVAL_STATUS = Set.of("approved", "withdrawn", "not-approved", "under-review");
    static final Set<String> SEVERITIES = Set.of("contraindication", "warning");
    static final Set<String> DOMAINS = Set.of("palliative-care", "bone-health", "antiemetic", "nutrition", "exercise",
            "emotional", "alopecia", "neuropathy", "vaccination", "thrombosis", "contraception", "fertility",
            "end-of-life", "genetic-counselling", "other");
    static final Set<String> MONITORING_KINDS = Set.of("imaging", "lab", "ecg", "echo", "visit", "ctdna",
            "symptom-check", "other");
    static final Set<String> SETTLES = Set.of("genes", "pdl1", "msi", "tmb", "her2", "receptors", "germline");

    private EntryParsers() {
    }

    static Criterion criterion(Fields f, String name) {
        var node = f.raw(name);
        if (node == null || node.isNull()) {
            return null;
        }
        return CriterionParser.parse(f.tree(), node, f.pointer() + "/" + name, f.problems());
    }

    static List<Criterion> criteria(Fields f, String name) {
        var node = f.raw(name);
        List<Criterion> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            f.problem(name, "expected a list of criteria");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            Criterion c = CriterionParser.parse(f.tree(), node.get(i), f.pointer() + "/" + name + "/" + i, f.problems());
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    static Release release(Fields f) {
        return new Release(f.text("version", true), f.date("date", true), f.text("evidenceHorizon", false),
                f.text("summary", false), f.text("disclaimer", true));
    }

    static Definitions definitions(Fields f) {
        return new Definitions(
                orZero(f.number("hrPositiveMinPercent", true)),
                orZero(f.number("erLowMaxPercent", true)),
                orZero(f.integer("adjuvantPrimaryResistanceMonths", true)),
                orZero(f.integer("adjuvantSecondaryResistanceMonths", true)),
                orZero(f.integer("metastaticPrimaryResistanceMonths", true)),
                f.objects("karnofskyToEcog", (b, i) -> new Definitions.KarnofskyBand(
                        orZero(b.integer("minKarnofsky", true)), orZero(b.integer("ecog", true)))),
                orZero(f.integer("regimenWindowDays", true)),
                orZero(f.integer("monitoringHorizonDays", true)),
                f.objects("rankingRules", (r, i) -> new Definitions.RankingRule(r.text("id", true), criterion(r, "when"),
                        words(r, "preferModalities", MODALITIES), Boolean.TRUE.equals(r.bool("biomarkerMatched")),
                        r.text("basis", true), r.texts("sources"))),
                rechallenge(f.object("noRechallengeAfterProgression", false)),
                f.texts("sources"));
    }

    private static Definitions.Rechallenge rechallenge(Fields f) {
        if (f == null) {
            return null;
        }
        Definitions.Rechallenge r = new Definitions.Rechallenge(f.text("basis", true), f.texts("sources"));
        f.done();
        return r;
    }

    static Source source(Fields f, int i) {
        return new Source(f.text("id", true), f.oneOf("kind", true, SOURCE_KINDS), f.text("title", true),
                f.text("publisher", false), f.text("url", false), f.date("date", false), f.date("checked", false),
                f.text("note", false));
    }

    static DrugClass drugClass(Fields f, int i) {
        return new DrugClass(f.text("id", true), f.text("title", true), f.texts("parents"));
    }

    static Drug drug(Fields f, int i) {
        return new Drug(f.text("name", true), f.text("rxnorm", false), f.texts("rxnormMembers"), f.bool("rxnormVerified"),
                f.texts("brands"), f.texts("classes"), f.oneOf("route", true, ROUTES), f.oneOf("modality", true, DRUG_MODALITIES),
                f.oneOf("alopecia", false, LEVELS), f.oneOf("emetogenicRisk", false, EMETOGENIC), f.texts("sources"),
                f.texts("unverified"));
    }

    static Gene gene(Fields f, int i) {
        return new Gene(f.text("symbol", true), f.text("hgnc", false), f.text("name", false), f.bool("verified"),
                f.texts("sources"), f.texts("unverified"));
    }

    static MedicationCode medicationCode(Fields f, int i) {
        List<String> ingredients = new ArrayList<>(f.texts("ingredients"));
        String one = f.text("ingredient", false);
        if (one != null) {
            ingredients.add(one);
        }
        if (ingredients.isEmpty()) {
            f.problem("", "a code needs 'ingredient' or 'ingredients'");
        }
        String code = f.text("code", false);
        String text = f.text("text", false);
        if (code == null && text == null) {
            f.problem("", "a code entry needs 'code' or 'text'");
        }
        String system = f.oneOf("system", code != null, CODE_SYSTEMS);
        if (code != null && system != null && !wellFormed(system, code)) {
            f.problem("code", "'" + code + "' is not a well-formed " + system + " code");
        }
        return new MedicationCode(code, system, text, f.text("display", false), ingredients);
    }

    /** RxNorm codes are digits, NDCs a package code in a known layout, UNIIs ten letters or digits. */
    private static boolean wellFormed(String system, String code) {
        return switch (system) {
            case "rxnorm" -> code.matches("\\d+");
            case "ndc" -> NdcCode.normalize(code).isPresent();
            case "unii" -> code.matches("[A-Z0-9]{10}");
            default -> false;
        };
    }

    static Regimen regimen(Fields f, int i) {
        return new Regimen(
                f.text("id", true),
                f.text("title", true),
                f.oneOf("group", true, GROUPS),
                words(f, "modalities", MODALITIES),
                f.objects("components", EntryParsers::component),
                f.text("schedule", false),
                f.number("visitsPerMonth", false),
                orDefault(f.oneOf("category", true, CATEGORIES), "other"),
                f.text("categoryBasis", false),
                f.texts("categorySources"),
                criteria(f, "eligibility"),
                f.objects("exclusions", (r, j) -> rule(r, false)),
                f.objects("cautions", (r, j) -> rule(r, true)),
                f.objects("evidence", EntryParsers::evidence),
                f.objects("approvals", EntryParsers::approval),
                f.texts("sources"),
                f.date("lastReviewed", true),
                f.texts("unverified"));
    }

    private static Component component(Fields f, int i) {
        String drug = f.text("drug", false);
        List<String> oneOf = f.texts("oneOf");
        Criterion when = criterion(f, "when");
        if ((drug == null) == oneOf.isEmpty()) {
            f.problem("", "a component has exactly one of 'drug' or 'oneOf'");
            return null;
        }
        return new Component(drug != null ? List.of(drug) : oneOf, drug == null, when);
    }

    private static Rule rule(Fields f, boolean caution) {
        Criterion when = criterion(f, "when");
        if (when == null) {
            f.problem("", "the required field 'when' is missing or invalid");
        }
        String severity = caution ? f.oneOf("severity", true, SEVERITIES) : "exclusion";
        Boolean unverified = f.bool("unverified");
        Rule r = new Rule(when, severity, f.text("reason", true), f.texts("sources"), Boolean.TRUE.equals(unverified));
        return when == null ? null : r;
    }

    private static Evidence evidence(Fields f, int i) {
        return new Evidence(f.text("trial", true), f.text("nct", false), f.text("n", false),
                f.text("population", false), f.text("comparator", false), outcome(f, "pfs"), outcome(f, "os"),
                f.text("esmoMcbs", false), f.text("note", false), f.texts("sources"));
    }

    private static Outcome outcome(Fields f, String name) {
        Fields o = f.object(name, false);
        if (o == null) {
            return null;
        }
        Outcome out = new Outcome(o.number("experimental", false), o.number("control", false), o.number("hr", false),
                o.bool("significant"), o.text("analysis", false));
        o.done();
        return out;
    }

    private static Approval approval(Fields f, int i) {
        Boolean unverified = f.bool("unverified");
        return new Approval(f.oneOf("region", true, REGIONS), f.oneOf("status", true, APPROVAL_STATUS),
                f.date("date", false), f.date("withdrawn", false), f.text("indication", false),
                criteria(f, "conditions"), f.texts("sources"), Boolean.TRUE.equals(unverified));
    }

    static SupportiveCareItem supportiveCare(Fields f, int i) {
        RegimenTrigger trigger = trigger(f);
        return new SupportiveCareItem(f.text("id", true), f.text("title", true), f.oneOf("domain", true, DOMAINS),
                criterion(f, "when"), trigger, f.texts("actions"), f.text("patientText", false), f.texts("sources"),
                f.date("lastReviewed", true), f.texts("unverified"));
    }

    private static RegimenTrigger trigger(Fields f) {
        Fields t = f.object("whenRegimen", false);
        if (t == null) {
            return null;
        }
        RegimenTrigger trigger = new RegimenTrigger(t.texts("modality"), t.texts("drug"), t.texts("class"),
                t.texts("emetogenicRisk"), t.texts("alopecia"));
        t.done();
        return trigger;
    }

    static MonitoringItem monitoring(Fields f, int i) {
        Fields applies = f.object("appliesTo", true);
        boolean always = false;
        List<String> drugs = List.of();
        List<String> classes = List.of();
        Criterion when = null;
        if (applies != null) {
            always = Boolean.TRUE.equals(applies.bool("always"));
            drugs = applies.texts("drugs");
            classes = applies.texts("classes");
            when = criterion(applies, "when");
            applies.done();
            if (!always && drugs.isEmpty() && classes.isEmpty() && when == null) {
                applies.problem("", "appliesTo needs always, drugs, classes or when");
            }
        }
        return new MonitoringItem(f.text("id", true), f.text("title", true), f.oneOf("kind", true, MONITORING_KINDS),
                always, drugs, classes, when, f.objects("schedule", EntryParsers::step), f.text("rationale", false),
                f.texts("sources"), f.date("lastReviewed", true), f.texts("unverified"));
    }

    private static ScheduleStep step(Fields f, int i) {
        List<Integer> at = f.integers("at");
        Integer every = f.integer("every", false);
        if (at.isEmpty() == (every == null)) {
            f.problem("", "a schedule step has either 'at' or 'every'");
        }
        if (every != null && every <= 0) {
            f.problem("every", "'every' must be a positive number of days");
        }
        return new ScheduleStep(at, every, f.integer("from", false), f.integer("until", false));
    }

    static TestDefinition test(Fields f, int i) {
        List<String> genes = List.of();
        List<String> settles = new ArrayList<>();
        Fields s = f.object("settles", true);
        if (s != null) {
            genes = s.texts("genes");
            if (!genes.isEmpty()) {
                settles.add("genes");
            }
            for (String flag : List.of("msi", "tmb", "her2", "receptors", "germline")) {
                if (Boolean.TRUE.equals(s.bool(flag))) {
                    settles.add(flag);
                }
            }
            // PD-L1 results are assay-specific (22C3 CPS, SP142 IC): "pdl1: {assay: 22C3}" settles only that assay.
            var pdl1 = s.raw("pdl1");
            if (pdl1 != null && pdl1.isBoolean() && pdl1.asBoolean()) {
                settles.add("pdl1");
            } else if (pdl1 != null && pdl1.isObject()) {
                Fields p = s.object("pdl1", false);
                settles.add("pdl1:" + p.text("assay", true));
                p.done();
            } else if (pdl1 != null && !pdl1.isNull()) {
                s.problem("pdl1", "expected true or {assay: NAME}");
            }
            s.done();
        }
        return new TestDefinition(f.text("id", true), f.text("title", true), genes, settles,
                f.text("specimen", false), criterion(f, "recommendWhen"), trigger(f), f.text("why", false), f.texts("sources"),
                f.date("lastReviewed", true), f.texts("unverified"));
    }

    private static List<String> words(Fields f, String name, Set<String> allowed) {
        List<String> out = f.texts(name);
        for (String s : out) {
            if (!allowed.contains(s)) {
                f.problem(name, "'" + s + "' is not one of " + new java.util.TreeSet<>(allowed));
            }
        }
        return out;
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
}
