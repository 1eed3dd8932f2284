package org.mbcnav.engine;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.engine.state.LineOfTherapy;
import org.mbcnav.engine.state.PriorExposure;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.patient.Comorbidity;
import org.mbcnav.model.patient.Disease;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.LabResult;
import org.mbcnav.model.patient.MenopausalStatus;
import org.mbcnav.model.patient.MetastaticSite;
import org.mbcnav.model.patient.MetastaticSiteType;
import org.mbcnav.model.patient.MsiStatus;
import org.mbcnav.model.patient.PdL1Result;
import org.mbcnav.model.patient.Person;
import org.mbcnav.model.patient.Sex;
import org.mbcnav.model.patient.SpecimenType;
import org.mbcnav.model.patient.TmbResult;
import org.mbcnav.model.patient.VariantOrigin;
import org.mbcnav.model.patient.VariantResult;

/**
 * Evaluates criteria against a clinical state, one evaluator per criterion kind (named after the
 * YAML key, see docs/knowledge-format.md). A fact that was not recorded gives UNKNOWN with the
 * missing fact named, never FALSE.
 */
public final class CriterionEvaluator {
    private final ClinicalState s;
    private final KnowledgeIndex index;
    /** Truths kept by criterion number ({@link #truth}); made on first use. One evaluator serves one thread. */
    private Truth[] known;
    private Set<String> subtypes;

    public CriterionEvaluator(ClinicalState state) {
        this(state, null);
    }

    CriterionEvaluator(ClinicalState state, KnowledgeIndex index) {
        this.s = state;
        this.index = index;
    }

    public Verdict evaluate(Criterion c) {
        String text = index == null ? CriterionText.of(c) : index.text(c);
        return switch (c) {
            case Criterion.HormoneReceptor h -> possible(text, s.hormoneReceptor(), Set.of(h.positive() ? "positive" : "negative"),
                    "hormone receptor", "receptors");
            case Criterion.ErLow e -> s.erLow() == null ? Verdict.unknown(text, "ER percentage not recorded", "receptors")
                    : Verdict.of(Truth.of(s.erLow() == e.value()), text, s.erLow() ? "ER-low" : "not ER-low");
            case Criterion.Her2 h -> possible(text, s.her2(), Set.copyOf(h.categories()), "HER2", "her2");
            case Criterion.Subtype t -> possible(text, s.subtypes(), Set.copyOf(t.subtypes()), "subtype", "receptors");
            case Criterion.Line l -> Verdict.of(Truth.of(inRange(s.nextLine(), l.min(), l.max())), text,
                    "the next metastatic line is line " + s.nextLine());
            case Criterion.PriorClass p -> prior(text, e -> e.classes().contains(p.drugClass()), p.setting(), p.progression());
            case Criterion.PriorDrug p -> prior(text, e -> e.drugs().contains(p.drug()), p.setting(), p.progression());
            case Criterion.PriorLines p -> priorLines(text, p);
            case Criterion.EndocrineSensitivity e -> s.endocrineSensitivity() == null
                    ? Verdict.unknown(text, "endocrine sensitivity cannot be derived (dates missing)", "treatment-dates")
                    : Verdict.of(Truth.of(e.values().contains(s.endocrineSensitivity())), text,
                    "endocrine sensitivity is " + s.endocrineSensitivity());
            case Criterion.RelapseAfterAdjuvant r -> relapseAfterAdjuvant(text, r);
            case Criterion.DiseaseFreeInterval d -> diseaseFreeInterval(text, d);
            case Criterion.DeNovo d -> s.deNovo() == null ? Verdict.unknown(text, "de novo or recurrent not recorded", "deNovo")
                    : Verdict.of(Truth.of(s.deNovo() == d.value()), text, s.deNovo() ? "de novo stage IV" : "recurrent disease");
            case Criterion.Biomarker b -> new BiomarkerEvaluator(s).evaluate(text, b);
            case Criterion.AlterationType a -> new BiomarkerEvaluator(s).alteration(text, a);
            case Criterion.PdL1 p -> pdl1(text, p);
            case Criterion.Msi m -> msi(text);
            case Criterion.Tmb t -> tmb(text, t);
            case Criterion.SexIs x -> person().sex() == null ? Verdict.unknown(text, "sex not recorded", "sex")
                    : Verdict.of(Truth.of(person().sex().code().equals(x.sex())), text, "sex " + person().sex().code());
            case Criterion.Menopause m -> menopause(text, m);
            case Criterion.OvarianSuppression o -> person().ovarianSuppression() == null && person().sex() != Sex.MALE
                    ? Verdict.unknown(text, "ovarian suppression not recorded", "ovarianSuppression")
                    : Verdict.of(Truth.of(Boolean.TRUE.equals(person().ovarianSuppression()) == o.value()), text,
                    Boolean.TRUE.equals(person().ovarianSuppression()) ? "on ovarian suppression" : "not on ovarian suppression");
            case Criterion.NeedsOvarianSuppression n -> needsOfs(text, n);
            case Criterion.Age a -> s.age() == null ? Verdict.unknown(text, "birth date not recorded", "age")
                    : Verdict.of(Truth.of(inRange(s.age(), a.min(), a.max())), text, "age " + s.age());
            case Criterion.Ecog e -> s.ecog() == null ? Verdict.unknown(text, "ECOG/Karnofsky not recorded", "ecog")
                    : Verdict.of(Truth.of(inRange(s.ecog(), e.min(), e.max())), text, "ECOG " + s.ecog());
            case Criterion.VisceralCrisis v -> disease() == null || disease().visceralCrisis() == null
                    ? Verdict.unknown(text, "visceral crisis not assessed", "visceralCrisis")
                    : Verdict.of(Truth.of(disease().visceralCrisis() == v.value()), text,
                    disease().visceralCrisis() ? "visceral crisis recorded" : "no visceral crisis");
            case Criterion.MetastaticSite m -> sites(text, m);
            case Criterion.BrainMetastases b -> brain(text, b);
            case Criterion.BoneOnly b -> boneOnly(text, b);
            case Criterion.MeasurableDisease m -> disease() == null || disease().measurableDisease() == null
                    ? Verdict.unknown(text, "measurable disease not recorded", "measurableDisease")
                    : Verdict.of(Truth.of(disease().measurableDisease() == m.value()), text,
                    disease().measurableDisease() ? "measurable disease" : "no measurable disease");
            case Criterion.SymptomPresent x -> symptoms(text, x);
            case Criterion.Lab l -> lab(text, l);
            case Criterion.Comorbidity m -> comorbidity(text, m);
            case Criterion.MedicationClass m -> medication(text, m);
            case Criterion.Pregnant p -> pregnant(text, p);
            case Criterion.Preference p -> preference(text, p);
            case Criterion.AllOf a -> combine(text, a.criteria(), true);
            case Criterion.AnyOf a -> combine(text, a.criteria(), false);
            case Criterion.Not n -> {
                Verdict inner = evaluate(n.criterion());
                yield new Verdict(inner.truth().not(), text, "not: " + inner.explanation(), Set.of(), List.of(inner));
            }
        };
    }

    /**
     * The truth of a criterion without its explanation: always equal to {@code evaluate(c).truth()}
     * (PlanOutlineTest checks every criterion of the knowledge base), but the criteria that
     * decide most regimens (receptors, HER2, subtype, line, prior treatment and their
     * combinations) are judged without building sentences, sets or nested verdicts. Kinds not
     * listed here fall back to the full evaluation.
     *
     * <p>An evaluator made by the planner keeps each truth of a criterion of the knowledge base
     * once: the truth depends only on the criterion's parts and on this evaluator's clinical state,
     * which never changes, and equal criteria share one number ({@link KnowledgeIndex#slot}). So
     * the subtype or HER2 condition that many regimens repeat is judged once per planning.
     * CriterionTruthMemoTest checks kept and fresh truths against each other.
     */
    public Truth truth(Criterion c) {
        return truth(c, index == null ? -1 : index.slot(c));
    }

    /** {@link #truth(Criterion)} with the criterion's number already looked up (-1: none). */
    Truth truth(Criterion c, int slot) {
        if (slot < 0) {
            return decide(c);
        }
        if (known == null) {
            known = new Truth[index.slotCount()];
        }
        Truth t = known[slot];
        if (t == null) {
            t = decide(c);
            known[slot] = t;
        }
        return t;
    }

    private Truth decide(Criterion c) {
        return switch (c) {
            case Criterion.HormoneReceptor h -> possibleTruth(s.hormoneReceptor(), List.of(h.positive() ? "positive" : "negative"));
            case Criterion.Her2 h -> possibleTruth(s.her2(), h.categories());
            case Criterion.Subtype t -> possibleTruth(subtypes(), t.subtypes());
            case Criterion.Line l -> Truth.of(inRange(s.nextLine(), l.min(), l.max()));
            case Criterion.PriorClass p -> priorTruth(e -> e.classes().contains(p.drugClass()), p.setting(), p.progression());
            case Criterion.PriorDrug p -> priorTruth(e -> e.drugs().contains(p.drug()), p.setting(), p.progression());
            case Criterion.PriorLines p -> Truth.of(inRange(priorLineCount(p), p.min(), p.max()));
            case Criterion.AllOf a -> {
                Truth t = Truth.TRUE;
                for (Criterion part : a.criteria()) {
                    t = t.and(decide(part));
                    if (t == Truth.FALSE) {
                        break;
                    }
                }
                yield t;
            }
            case Criterion.AnyOf a -> {
                Truth t = Truth.FALSE;
                for (Criterion part : a.criteria()) {
                    t = t.or(decide(part));
                    if (t == Truth.TRUE) {
                        break;
                    }
                }
                yield t;
            }
            case Criterion.Not n -> decide(n.criterion()).not();
            case Criterion.Biomarker b -> new BiomarkerEvaluator(s).truth(b);
            case Criterion.AlterationType a -> new BiomarkerEvaluator(s).truth(a);
            case Criterion.MetastaticSite m -> disease() == null || disease().sites().isEmpty() ? Truth.UNKNOWN
                    : Truth.of(disease().sites().stream().anyMatch(x -> m.sites().contains(x.site().code())));
            case Criterion.BrainMetastases b -> brainTruth(b);
            default -> evaluate(c).truth();
        };
    }

    /**
     * The facts missing to decide a criterion: always equal to {@code evaluate(c).allMissing()}
     * (CriterionTruthMemoTest checks every criterion of the knowledge base), but gene criteria and
     * their combinations are read from truths, without the sentences of their verdicts. Other
     * kinds fall back to the full evaluation.
     */
    Set<String> missing(Criterion c) {
        return switch (c) {
            case Criterion.Biomarker b -> truth(c) == Truth.UNKNOWN ? new BiomarkerEvaluator(s).untested(b) : Set.of();
            case Criterion.AlterationType a -> {
                Set<String> out = new TreeSet<>();
                if (truth(c) == Truth.UNKNOWN) {
                    a.genes().forEach(g -> out.add("gene:" + g));
                }
                yield out;
            }
            case Criterion.AllOf a -> missingOfUnknownParts(a.criteria());
            case Criterion.AnyOf a -> missingOfUnknownParts(a.criteria());
            case Criterion.Not n -> missingOfUnknownParts(List.of(n.criterion()));
            default -> evaluate(c).allMissing();
        };
    }

    /** As {@link Verdict#allMissing} reads nested verdicts: the missing facts of each unknown part. */
    private Set<String> missingOfUnknownParts(List<Criterion> parts) {
        Set<String> out = new TreeSet<>();
        for (Criterion part : parts) {
            if (truth(part) == Truth.UNKNOWN) {
                out.addAll(missing(part));
            }
        }
        return out;
    }

    /** The truth part of {@link #brain}. */
    private Truth brainTruth(Criterion.BrainMetastases b) {
        if (disease() == null || disease().sites().isEmpty()) {
            return Truth.UNKNOWN;
        }
        List<MetastaticSite> brain = disease().sites().stream().filter(x -> x.site() == MetastaticSiteType.BRAIN).toList();
        if (brain.isEmpty()) {
            return Truth.FALSE;
        }
        if (b.statuses().contains("any")) {
            return Truth.TRUE;
        }
        if (brain.stream().anyMatch(x -> x.status() == null)) {
            return Truth.UNKNOWN;
        }
        return Truth.of(brain.stream().anyMatch(x -> b.statuses().contains(x.status().code())));
    }

    /** The truth part of {@link #possible}. */
    private static Truth possibleTruth(Set<String> possible, java.util.Collection<String> wanted) {
        boolean all = true;
        boolean none = true;
        for (String v : possible) {
            if (wanted.contains(v)) {
                none = false;
            } else {
                all = false;
            }
        }
        return all ? Truth.TRUE : none ? Truth.FALSE : Truth.UNKNOWN;
    }

    /** The truth part of {@link #prior}. */
    private Truth priorTruth(java.util.function.Predicate<PriorExposure> matches, String setting, Boolean progression) {
        for (PriorExposure e : s.exposures()) {
            boolean settingOk = "any".equals(setting) || ("early".equals(setting) == e.early());
            if (settingOk && matches.test(e) && (progression == null || progression == e.progressed())) {
                return Truth.TRUE;
            }
        }
        return Truth.FALSE;
    }

    /** The state's possible subtypes, worked out once (the state builds the set on each call). */
    private Set<String> subtypes() {
        if (subtypes == null) {
            subtypes = s.subtypes();
        }
        return subtypes;
    }

    private Person person() {
        return s.patient().person();
    }

    private Disease disease() {
        return s.patient().disease();
    }

    /** TRUE when every still-possible value is wanted, FALSE when none is, else UNKNOWN. */
    private static Verdict possible(String text, Set<String> possible, Set<String> wanted, String what, String missing) {
        boolean all = possible.stream().allMatch(wanted::contains);
        boolean none = possible.stream().noneMatch(wanted::contains);
        String known = String.join(" or ", new TreeSet<>(possible));
        if (all) {
            return Verdict.of(Truth.TRUE, text, what + " " + known);
        }
        if (none) {
            return Verdict.of(Truth.FALSE, text, what + " " + known);
        }
        return Verdict.unknown(text, what + " could be " + known, missing);
    }

    static boolean inRange(int v, Integer min, Integer max) {
        return (min == null || v >= min) && (max == null || v <= max);
    }

    private Verdict prior(String text, java.util.function.Predicate<PriorExposure> matches, String setting,
                          Boolean progression) {
        List<PriorExposure> hits = new ArrayList<>();
        for (PriorExposure e : s.exposures()) {
            boolean settingOk = "any".equals(setting) || ("early".equals(setting) == e.early());
            if (settingOk && matches.test(e) && (progression == null || progression == e.progressed())) {
                hits.add(e);
            }
        }
        if (hits.isEmpty()) {
            return Verdict.of(Truth.FALSE, text, "not received" + (s.exposures().isEmpty() ? " (no prior treatment recorded)" : ""));
        }
        PriorExposure e = hits.get(hits.size() - 1);
        return Verdict.of(Truth.TRUE, text, "received " + String.join(" + ", new TreeSet<>(e.drugs()))
                + (e.early() ? " (early setting)" : " (metastatic)") + (e.progressed() ? ", with progression" : ""));
    }

    private Verdict priorLines(String text, Criterion.PriorLines p) {
        int count = priorLineCount(p);
        return Verdict.of(Truth.of(inRange(count, p.min(), p.max())), text,
                count + " prior metastatic " + (p.drugClass() == null ? "" : p.drugClass() + " ") + "line(s)");
    }

    private int priorLineCount(Criterion.PriorLines p) {
        int count = 0;
        for (LineOfTherapy l : s.lines()) {
            if (p.drugClass() == null || l.classes().contains(p.drugClass())) {
                count++;
            }
        }
        return count;
    }

    private Verdict relapseAfterAdjuvant(String text, Criterion.RelapseAfterAdjuvant r) {
        if (Boolean.TRUE.equals(s.deNovo())) {
            return Verdict.of(Truth.FALSE, text, "de novo stage IV: no adjuvant therapy");
        }
        if (s.metastaticDate() == null) {
            return Verdict.unknown(text, "metastatic relapse date not recorded", "metastaticDate");
        }
        for (PriorExposure e : s.exposures()) {
            if (!e.early() || !e.classes().contains(r.drugClass()) || e.start() == null) {
                continue;
            }
            if (e.end() == null || !s.metastaticDate().isAfter(e.end())) {
                return Verdict.of(Truth.TRUE, text, "relapse on " + s.metastaticDate() + " during adjuvant "
                        + String.join(" + ", new TreeSet<>(e.drugs())));
            }
            long months = ChronoUnit.MONTHS.between(e.end(), s.metastaticDate());
            if (months < r.withinMonths()) {
                return Verdict.of(Truth.TRUE, text, "relapse " + months + " months after completing adjuvant "
                        + String.join(" + ", new TreeSet<>(e.drugs())));
            }
        }
        return Verdict.of(Truth.FALSE, text, "no relapse during or within " + r.withinMonths()
                + " months of adjuvant " + r.drugClass());
    }

    private Verdict diseaseFreeInterval(String text, Criterion.DiseaseFreeInterval d) {
        if (Boolean.TRUE.equals(s.deNovo())) {
            // De novo disease had no curative treatment to relapse after: a minimum interval holds.
            return Verdict.of(Truth.of(d.maxMonths() == null), text, "de novo stage IV");
        }
        if (s.diseaseFreeIntervalMonths() == null) {
            return Verdict.unknown(text, "disease-free interval cannot be derived", "metastaticDate");
        }
        return Verdict.of(Truth.of(inRange(s.diseaseFreeIntervalMonths(), d.minMonths(), d.maxMonths())), text,
                "disease-free interval " + s.diseaseFreeIntervalMonths() + " months");
    }

    private Verdict pdl1(String text, Criterion.PdL1 p) {
        Optional<PdL1Result> latest = s.patient().biomarkers().pdl1().stream()
                .filter(r -> p.assay() == null || (r.assay() != null && r.assay().equalsIgnoreCase(p.assay())))
                .max(Comparator.comparing(PdL1Result::date, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (latest.isEmpty()) {
            return Verdict.unknown(text, "no PD-L1 result" + (p.assay() == null ? "" : " with " + p.assay()),
                    p.assay() == null ? "pdl1" : "pdl1:" + p.assay());
        }
        PdL1Result r = latest.get();
        Truth t = Truth.TRUE;
        List<String> why = new ArrayList<>();
        if (p.cpsMin() != null) {
            if (r.cps() == null) {
                return Verdict.unknown(text, "PD-L1 result without CPS", "pdl1");
            }
            t = t.and(Truth.of(r.cps() >= p.cpsMin()));
            why.add("CPS " + CriterionText.num(r.cps()));
        }
        if (p.icMin() != null) {
            if (r.icPercent() == null) {
                return Verdict.unknown(text, "PD-L1 result without immune-cell score", "pdl1");
            }
            t = t.and(Truth.of(r.icPercent() >= p.icMin()));
            why.add("IC " + CriterionText.num(r.icPercent()) + " %");
        }
        return Verdict.of(t, text, "PD-L1 " + Objects.toString(r.assay(), "") + " " + String.join(", ", why)
                + (r.date() == null ? "" : " (" + r.date() + ")"));
    }

    private Verdict msi(String text) {
        var results = s.patient().biomarkers().msi();
        if (results.isEmpty()) {
            return Verdict.unknown(text, "MSI/MMR not tested", "msi");
        }
        boolean high = results.stream().anyMatch(r -> r.status() == MsiStatus.MSI_HIGH || r.status() == MsiStatus.DMMR);
        return Verdict.of(Truth.of(high), text, high ? "MSI-high/dMMR" : "microsatellite stable / MMR proficient");
    }

    private Verdict tmb(String text, Criterion.Tmb t) {
        Optional<TmbResult> latest = s.patient().biomarkers().tmb().stream()
                .filter(r -> r.mutationsPerMb() != null)
                .max(Comparator.comparing(TmbResult::date, Comparator.nullsFirst(Comparator.naturalOrder())));
        return latest.map(r -> Verdict.of(Truth.of(r.mutationsPerMb() >= t.min()), text,
                        "TMB " + CriterionText.num(r.mutationsPerMb()) + " mut/Mb"))
                .orElseGet(() -> Verdict.unknown(text, "TMB not tested", "tmb"));
    }

    private Verdict menopause(String text, Criterion.Menopause m) {
        if (person().sex() == Sex.MALE) {
            return Verdict.of(Truth.FALSE, text, "male patient");
        }
        if (person().menopausalStatus() == null) {
            return Verdict.unknown(text, "menopausal status not recorded", "menopause");
        }
        return Verdict.of(Truth.of(m.statuses().contains(person().menopausalStatus().code())), text,
                person().menopausalStatus().code());
    }

    private Verdict needsOfs(String text, Criterion.NeedsOvarianSuppression n) {
        Truth needs;
        String why;
        if (person().sex() == Sex.MALE) {
            needs = Truth.TRUE;
            why = "male patient";
        } else if (person().menopausalStatus() == null) {
            return Verdict.unknown(text, "menopausal status not recorded", "menopause");
        } else {
            needs = Truth.of(!"postmenopausal".equals(person().menopausalStatus().code()));
            why = person().menopausalStatus().code();
        }
        return Verdict.of(n.value() ? needs : needs.not(), text, why);
    }

    private Verdict sites(String text, Criterion.MetastaticSite m) {
        if (disease() == null || disease().sites().isEmpty()) {
            return Verdict.unknown(text, "no metastatic sites recorded", "sites");
        }
        List<String> hit = disease().sites().stream().map(x -> x.site().code()).filter(m.sites()::contains).distinct().toList();
        return Verdict.of(Truth.of(!hit.isEmpty()), text, hit.isEmpty() ? "sites: " + siteList() : "metastases in " + String.join(", ", hit));
    }

    private String siteList() {
        return String.join(", ", disease().sites().stream().map(x -> x.site().code()).distinct().sorted().toList());
    }

    private Verdict brain(String text, Criterion.BrainMetastases b) {
        if (disease() == null || disease().sites().isEmpty()) {
            return Verdict.unknown(text, "no metastatic sites recorded", "sites");
        }
        List<MetastaticSite> brain = disease().sites().stream().filter(x -> x.site() == MetastaticSiteType.BRAIN).toList();
        if (brain.isEmpty()) {
            return Verdict.of(Truth.FALSE, text, "no brain metastases recorded (sites: " + siteList() + ")");
        }
        if (b.statuses().contains("any")) {
            return Verdict.of(Truth.TRUE, text, "brain metastases");
        }
        if (brain.stream().anyMatch(x -> x.status() == null)) {
            return Verdict.unknown(text, "brain metastases without a status (active, stable, treated)", "brainStatus");
        }
        boolean hit = brain.stream().anyMatch(x -> b.statuses().contains(x.status().code()));
        return Verdict.of(Truth.of(hit), text, "brain metastases: " + String.join(", ",
                brain.stream().map(x -> x.status().code()).distinct().sorted().toList()));
    }

    private Verdict boneOnly(String text, Criterion.BoneOnly b) {
        if (disease() == null || disease().sites().isEmpty()) {
            return Verdict.unknown(text, "no metastatic sites recorded", "sites");
        }
        boolean only = disease().sites().stream().allMatch(x -> x.site() == MetastaticSiteType.BONE);
        return Verdict.of(Truth.of(only == b.value()), text, "sites: " + siteList());
    }

    private Verdict symptoms(String text, Criterion.SymptomPresent x) {
        if (disease() == null) {
            return Verdict.unknown(text, "symptoms not recorded", "symptoms");
        }
        List<String> hit = disease().symptoms().stream().map(y -> y.code()).filter(x.symptoms()::contains).toList();
        return Verdict.of(Truth.of(!hit.isEmpty()), text, hit.isEmpty() ? "none of these symptoms recorded" : "recorded: " + String.join(", ", hit));
    }

    private Verdict lab(String text, Criterion.Lab l) {
        LabResult r = s.latestLabs().get(l.test());
        if (r == null) {
            return Verdict.unknown(text, l.test() + " not measured", "lab:" + l.test());
        }
        boolean hit = switch (l.op()) {
            case "<" -> r.value() < l.value();
            case "<=" -> r.value() <= l.value();
            case ">" -> r.value() > l.value();
            default -> r.value() >= l.value();
        };
        return Verdict.of(Truth.of(hit), text, l.test() + " " + CriterionText.num(r.value()) + " " + r.test().unit()
                + (r.date() == null ? "" : " (" + r.date() + ")"));
    }

    private Verdict comorbidity(String text, Criterion.Comorbidity m) {
        var health = s.patient().health();
        List<Comorbidity> hits = health.comorbidityList().stream()
                // A past condition counts too: a history of ILD or autoimmune disease still matters.
                .filter(x -> x.condition().code().equals(m.condition()))
                .toList();
        if (hits.isEmpty()) {
            return health.comorbiditiesRecorded()
                    ? Verdict.of(Truth.FALSE, text, m.condition() + " not in the recorded comorbidities")
                    : Verdict.unknown(text, "comorbidities not recorded", "comorbidities");
        }
        if (m.minGrade() == null) {
            return Verdict.of(Truth.TRUE, text, m.condition() + " recorded");
        }
        Truth t = Truth.FALSE;
        for (Comorbidity x : hits) {
            t = t.or(x.grade() == null ? Truth.UNKNOWN : Truth.of(x.grade() >= m.minGrade()));
        }
        return t == Truth.UNKNOWN ? Verdict.unknown(text, m.condition() + " recorded without a grade", "comorbidity-grade:" + m.condition())
                : Verdict.of(t, text, m.condition() + " grade " + hits.stream().map(x -> String.valueOf(x.grade())).toList());
    }

    private Verdict medication(String text, Criterion.MedicationClass m) {
        var health = s.patient().health();
        if (!health.medicationsRecorded()) {
            return Verdict.unknown(text, "current medications not recorded", "medications");
        }
        List<String> hits = s.medicationClasses().entrySet().stream()
                .filter(e -> e.getValue().contains(m.drugClass()))
                .map(java.util.Map.Entry::getKey)
                .sorted()
                .toList();
        return Verdict.of(Truth.of(!hits.isEmpty()), text, hits.isEmpty()
                ? "no current medication in class " + m.drugClass() : "taking " + String.join(", ", hits));
    }

    private Verdict pregnant(String text, Criterion.Pregnant p) {
        if (person().sex() == Sex.MALE) {
            return Verdict.of(Truth.of(!p.value()), text, "male patient");
        }
        if (person().pregnant() == null && person().menopausalStatus() == MenopausalStatus.POSTMENOPAUSAL) {
            return Verdict.of(Truth.of(!p.value()), text, "postmenopausal");
        }
        if (person().pregnant() == null) {
            return Verdict.unknown(text, "pregnancy status not recorded", "pregnancy");
        }
        return Verdict.of(Truth.of(person().pregnant() == p.value()), text, person().pregnant() ? "pregnant" : "not pregnant");
    }

    private Verdict preference(String text, Criterion.Preference p) {
        var prefs = s.patient().preferences();
        Boolean v = switch (p.preference()) {
            case "oral-only" -> prefs.oralOnly();
            case "avoid-hair-loss" -> prefs.avoidHairLoss();
            default -> prefs.fewerVisits();
        };
        return Verdict.of(Truth.of(Boolean.TRUE.equals(v)), text, Boolean.TRUE.equals(v) ? "stated" : "not stated");
    }

    private Verdict combine(String text, List<Criterion> criteria, boolean all) {
        List<Verdict> parts = new ArrayList<>();
        Truth t = all ? Truth.TRUE : Truth.FALSE;
        for (Criterion c : criteria) {
            Verdict v = evaluate(c);
            parts.add(v);
            t = all ? t.and(v.truth()) : t.or(v.truth());
        }
        String why = String.join("; ", parts.stream().map(v -> v.criterion() + ": " + v.truth().name().toLowerCase()).toList());
        return new Verdict(t, text, why, Set.of(), parts);
    }

    static boolean germline(GenomicResult r) {
        return r.origin() == VariantOrigin.GERMLINE;
    }

    static boolean detected(GenomicResult r) {
        return r.result() == VariantResult.PATHOGENIC || r.result() == VariantResult.LIKELY_PATHOGENIC;
    }

    static boolean ctdna(GenomicResult r) {
        return r.specimen() == SpecimenType.CTDNA;
    }
}
