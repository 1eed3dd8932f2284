package org.mbcnav.trials.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.trials.Trial;
import org.mbcnav.trials.TrialCriterion;

/**
 * Turns a trial's eligibility text into criteria by rules, one rule per kind of statement. Each
 * criterion keeps the sentence it came from; exclusion sentences give negated criteria. Sentences
 * that apply to one cohort, phase or alternative only, or that only permit something, are not
 * read by the rules at all: joining alternatives with "and" would exclude patients the trial
 * accepts, so they are left to check by hand (or to a reviewed override). Pure: no I/O.
 */
public final class EligibilityParser {
    private static final Pattern SCOPED = Patterns.of("\\bcohorts?\\b|\\bphase\\s*(1b?|2|3|i{1,3}b?)\\s*(only)?\\s*:|\\(phase\\s*(1b?|2|3|i{1,3}b?)\\s*:"
            + "|\\bstudy\\s*[12]\\b|target populations?|dose escalation|dose expansion|\\balternatives\\b|also eligible|;\\s*or\\b");
    private static final Pattern CONDITIONAL = Patterns.of("\\b(participants|patients|those|individuals)\\s+(who|with)\\b");
    private static final Pattern PERMISSIVE = Patterns.of("\\bmay\\b|is permitted|are permitted");
    private static final Pattern NOT_CAPTURED = Patterns.of("not captured in the source");
    private static final Pattern AGE = Pattern.compile("(\\d+)\\s*(Year|Month|Week|Day|Hour|Minute)s?", Pattern.CASE_INSENSITIVE);

    private final Lexicon lexicon;
    private final List<Rule> rules;

    /** drugClasses: the class ids of knowledge/drugs.yaml, for rules that name classes by convention. */
    public EligibilityParser(Lexicon lexicon, Set<String> drugClasses) {
        this.lexicon = lexicon;
        this.rules = List.of(new ReceptorRule(), new BiomarkerRule(), new PriorTherapyRule(), new RelapseRule(),
                new BrainRule(), new MeasurableRule(), new EcogRule(), new AgeRule(), new MenopauseRule(), new LabRule(),
                new VisceralCrisisRule(), new ComorbidityRule(), new MedicationRule(drugClasses));
    }

    public TrialReading read(Trial trial) {
        List<SentenceReading> readings = new ArrayList<>();
        for (Sentence s : EligibilityText.split(trial.eligibilityText())) {
            readings.add(read(s));
        }
        return new TrialReading(trial, registry(trial), readings, List.of(), 0);
    }

    /** The rules applied to one sentence. */
    public SentenceReading read(Sentence s) {
        String t = s.text();
        if (Patterns.find(NOT_CAPTURED, t)) {
            return new SentenceReading(s, List.of(), List.of(), "criteria missing from the source record", false);
        }
        if (Patterns.find(SCOPED, t)) {
            return new SentenceReading(s, List.of(), List.of(), "applies to one cohort, phase or alternative only", false);
        }
        if (Patterns.find(PERMISSIVE, t)) {
            return new SentenceReading(s, List.of(), List.of(), "permits rather than requires", false);
        }
        Findings f = new Findings();
        boolean conditional = Patterns.find(CONDITIONAL, t);
        for (Rule r : rules) {
            // A statement about some participants only ("participants with brain metastases must be
            // neurologically stable") is not a requirement for all; relapse-timing criteria are
            // read anyway because they hold trivially for patients they do not concern.
            if (!conditional || r instanceof RelapseRule) {
                r.apply(s, lexicon, f);
            }
        }
        if (conditional && f.criteria().isEmpty()) {
            return new SentenceReading(s, List.of(), List.of(), "applies only to some participants", false);
        }
        if (t.contains("truncated")) {
            f.residue("the source text is truncated here");
        }
        List<TrialCriterion> criteria = new ArrayList<>();
        for (Criterion c : f.criteria()) {
            criteria.add(new TrialCriterion(s.exclusion() ? negate(c) : c, t, s.section(), "parsed", null));
        }
        return new SentenceReading(s, criteria, f.residue(), null, false);
    }

    private static Criterion negate(Criterion c) {
        return c instanceof Criterion.Not n ? n.criterion() : new Criterion.Not(c);
    }

    /** Sex and age from the registry's structured fields; a missing field is no restriction. */
    static List<TrialCriterion> registry(Trial t) {
        List<TrialCriterion> out = new ArrayList<>();
        if ("FEMALE".equals(t.sex()) || "MALE".equals(t.sex())) {
            out.add(new TrialCriterion(new Criterion.SexIs(t.sex().toLowerCase()), "Registry field sex: " + t.sex(),
                    "registry", "registry", null));
        }
        Integer min = years(t.minimumAge());
        Integer max = years(t.maximumAge());
        if (min != null || max != null) {
            List<String> said = new ArrayList<>();
            if (t.minimumAge() != null) {
                said.add("minimumAge " + t.minimumAge());
            }
            if (t.maximumAge() != null) {
                said.add("maximumAge " + t.maximumAge());
            }
            out.add(new TrialCriterion(new Criterion.Age(min, max), "Registry fields: " + String.join(", ", said),
                    "registry", "registry", null));
        }
        return out;
    }

    /** Whole years of a registry age ("18 Years", "6 Months"); null when absent or unreadable. */
    static Integer years(String age) {
        if (age == null) {
            return null;
        }
        Matcher m = AGE.matcher(age.strip());
        if (!m.matches()) {
            return null;
        }
        Integer n = Patterns.integer(m.group(1));
        if (n == null) {
            return null;
        }
        return switch (m.group(2).toLowerCase()) {
            case "year" -> n;
            case "month" -> n / 12;
            case "week" -> n / 52;
            default -> 0;
        };
    }
}
