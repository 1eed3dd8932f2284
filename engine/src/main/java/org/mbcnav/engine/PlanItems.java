package org.mbcnav.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mbcnav.model.knowledge.Evidence;
import org.mbcnav.model.knowledge.Outcome;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.plan.EvidenceSummary;
import org.mbcnav.model.plan.Exclusion;
import org.mbcnav.model.plan.PlanOption;
import org.mbcnav.model.plan.Warning;

/** Turns assessments into the options and exclusions of the plan, with reasons and sources. */
final class PlanItems {
    private final KnowledgeIndex index;
    private final MissingFacts missing;

    PlanItems(KnowledgeIndex index) {
        this.index = index;
        this.missing = index.missingFacts();
    }

    PlanOption option(int rank, Assessment a, List<String> preferenceNotes,
                      List<org.mbcnav.model.knowledge.Definitions.RankingRule> rankedBy) {
        Regimen r = a.regimen();
        List<String> reasons = new ArrayList<>();
        for (Verdict v : a.eligibility()) {
            reasons.add(v.criterion() + ": " + v.explanation());
        }
        if (r.categoryBasis() != null) {
            reasons.add("category " + r.category() + ": " + r.categoryBasis());
        }
        rankedBy.forEach(rule -> reasons.add("ranked up: " + rule.basis()));
        List<Warning> warnings = new ArrayList<>();
        for (RuleResult x : a.exclusions()) {
            if (x.verdict().truth() == Truth.TRUE) {
                warnings.add(new Warning("warning", x.rule().reason() + " [unverified rule: shown, not applied]", x.rule().sources()));
            } else if (x.verdict().truth() == Truth.UNKNOWN) {
                warnings.add(new Warning("check", x.rule().reason() + " (not recorded: " + describe(x.verdict()) + ")", x.rule().sources()));
            }
        }
        for (RuleResult x : a.cautions()) {
            if (x.verdict().truth() == Truth.TRUE) {
                warnings.add(new Warning("warning", x.rule().reason() + " (" + x.verdict().explanation() + ")"
                        + (x.rule().unverified() ? " [unverified]" : ""), x.rule().sources()));
            } else if (x.verdict().truth() == Truth.UNKNOWN) {
                warnings.add(new Warning("check", x.rule().reason() + " (not recorded: " + describe(x.verdict()) + ")", x.rule().sources()));
            }
        }
        for (Assessment.ComponentChoice c : a.components()) {
            if (c.when() != null && c.when().truth() == Truth.UNKNOWN) {
                warnings.add(new Warning("check", String.join(" or ", c.drugs()) + " only if " + c.when().criterion()
                        + " (not recorded: " + describe(c.when()) + ")", List.of()));
            }
        }
        return new PlanOption(rank, r.id(), r.title(), r.category(), r.modalities(), a.drugs(), r.schedule(),
                a.approvals(), reasons, warnings, evidence(r), preferenceNotes, r.unverified(), sources(a));
    }

    Exclusion exclusion(Assessment a) {
        Regimen r = a.regimen();
        List<String> reasons = new ArrayList<>();
        Set<String> missingKeys = new LinkedHashSet<>();
        switch (a.outcome()) {
            case "not-eligible" -> a.eligibility().stream().filter(v -> v.truth() == Truth.FALSE)
                    .forEach(v -> reasons.add("not met: " + v.criterion() + " (" + v.explanation() + ")"));
            case "excluded" -> a.exclusions().stream().filter(x -> x.verdict().truth() == Truth.TRUE && !x.rule().unverified())
                    .forEach(x -> reasons.add(x.rule().reason() + " (" + x.verdict().explanation() + ")"));
            case "contraindicated" -> a.cautions().stream().filter(x -> x.verdict().truth() == Truth.TRUE
                            && "contraindication".equals(x.rule().severity()) && !x.rule().unverified())
                    .forEach(x -> reasons.add(x.rule().reason() + " (" + x.verdict().explanation() + ")"));
            default -> {
            }
        }
        for (Verdict v : a.eligibility()) {
            if (v.truth() == Truth.UNKNOWN) {
                missingKeys.addAll(v.allMissing());
                if ("needs-information".equals(a.outcome())) {
                    reasons.add("unknown: " + v.criterion() + " (" + v.explanation() + ")");
                }
            }
        }
        List<String> missingText = missingKeys.stream().map(MissingFacts::describe).toList();
        List<String> tests = testsFor(missingKeys);
        return new Exclusion(r.id(), r.title(), r.category(), r.modalities(), a.drugs(), a.approvals(), a.outcome(),
                reasons, missingText, tests, sources(a));
    }

    /** The tests that would settle the missing facts, by id (as {@link Exclusion#tests}). */
    List<String> testsFor(Set<String> missingKeys) {
        return List.copyOf(missing.testsFor(missingKeys));
    }

    private List<org.mbcnav.model.plan.SourceRef> sources(Assessment a) {
        return index.sources(a.regimen());
    }

    private static String describe(Verdict v) {
        Set<String> keys = v.allMissing();
        return keys.isEmpty() ? v.explanation() : String.join(", ", keys.stream().map(MissingFacts::describe).toList());
    }

    static List<EvidenceSummary> evidence(Regimen r) {
        List<EvidenceSummary> out = new ArrayList<>();
        for (Evidence e : r.evidence()) {
            List<String> parts = new ArrayList<>();
            if (e.pfs() != null) {
                parts.add("PFS " + outcome(e.pfs()));
            }
            if (e.os() != null) {
                parts.add("OS " + outcome(e.os()) + (e.os().significant() == null ? ""
                        : e.os().significant() ? ", significant" : ", not significant"));
            }
            if (e.note() != null) {
                parts.add(e.note());
            }
            out.add(new EvidenceSummary(e.trial(), e.nct(), String.join("; ", parts),
                    e.pfs() == null ? null : e.pfs().hr(), e.os() == null ? null : e.os().hr(),
                    e.os() == null ? null : e.os().significant(), e.esmoMcbs()));
        }
        return out;
    }

    private static String outcome(Outcome o) {
        StringBuilder b = new StringBuilder();
        if (o.experimental() != null) {
            b.append(CriterionText.num(o.experimental())).append(o.control() != null ? " vs " + CriterionText.num(o.control()) : "")
                    .append(" months");
        }
        if (o.hr() != null) {
            b.append(b.length() > 0 ? " " : "").append("(HR ").append(CriterionText.num(o.hr())).append(')');
        }
        if (o.analysis() != null) {
            b.append(" [").append(o.analysis()).append(']');
        }
        return b.length() == 0 ? "not reported" : b.toString();
    }
}
