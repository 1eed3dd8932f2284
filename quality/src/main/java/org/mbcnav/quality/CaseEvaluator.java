package org.mbcnav.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mbcnav.engine.Assessment;
import org.mbcnav.engine.Planner;
import org.mbcnav.engine.Planning;
import org.mbcnav.engine.RuleResult;
import org.mbcnav.engine.Truth;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.plan.PlanOption;

/**
 * Runs evaluation cases through the planner and judges each plan against the case's
 * expectations. An item is a regimen id or a drug name; a drug name is satisfied by any offered
 * option that gives the drug to this patient.
 */
public final class CaseEvaluator {
    static final String REGION = "US";

    private final Knowledge k;
    private final Planner planner;

    public CaseEvaluator(Knowledge k) {
        this.k = k;
        this.planner = new Planner(k);
    }

    public EvalReport run(List<EvalCase> cases) {
        return EvalReport.of(k.release().version(), cases.stream().map(this::run).toList());
    }

    public CaseResult run(EvalCase c) {
        return judge(c, planner.planning(c.subject().patient(), c.subject().asOf()));
    }

    CaseResult judge(EvalCase c, Planning planning) {
        Map<String, Assessment> byId = planning.assessments().stream()
                .collect(Collectors.toMap(a -> a.regimen().id(), Function.identity()));
        List<String> offered = planning.plan().options().stream().map(PlanOption::id).toList();
        List<String> onLabel = offered.stream().filter(id -> onLabelUs(byId.get(id))).toList();
        List<String> failures = new ArrayList<>();
        int met = 0;
        for (String item : c.mustOffer()) {
            List<Assessment> giving = giving(item, byId, planning);
            if (giving.stream().anyMatch(Assessment::offered)) {
                met++;
            } else {
                failures.add("must offer " + item + ": " + notOffered(item, giving));
            }
        }
        for (String item : c.mustOfferOnLabel()) {
            List<Assessment> giving = giving(item, byId, planning);
            if (giving.stream().anyMatch(a -> a.offered() && onLabelUs(a))) {
                met++;
            } else if (giving.stream().anyMatch(Assessment::offered)) {
                failures.add("must offer " + item + " on-label in the US: offered, but " + giving.stream()
                        .filter(Assessment::offered).map(a -> a.regimen().id() + " is " + usStatus(a)).collect(Collectors.joining("; ")));
            } else {
                failures.add("must offer " + item + " on-label in the US: " + notOffered(item, giving));
            }
        }
        int violations = 0;
        for (String item : c.mustNotOfferOnLabel()) {
            List<String> wrong = giving(item, byId, planning).stream()
                    .filter(a -> a.offered() && onLabelUs(a)).map(a -> a.regimen().id()).toList();
            if (!wrong.isEmpty()) {
                violations++;
                failures.add("must not offer " + item + " on-label in the US: offered on-label as " + String.join(", ", wrong));
            }
        }
        Boolean exact = null;
        if (c.exactOptions() != null) {
            Set<String> want = new TreeSet<>(c.exactOptions());
            Set<String> got = new TreeSet<>(onLabel);
            exact = want.equals(got);
            if (!exact) {
                Set<String> missing = new TreeSet<>(want);
                missing.removeAll(got);
                Set<String> extra = new TreeSet<>(got);
                extra.removeAll(want);
                failures.add("the US on-label options differ from exactOptions: missing " + missing + ", unexpected " + extra);
            }
        }
        int expected = c.expected().size();
        return new CaseResult(c.id(), c.indication(), offered, onLabel, expected, met, c.mustNotOfferOnLabel().size(),
                violations, expected == 0 ? null : met == expected, exact, failures);
    }

    /** The assessments of the regimen, or of every regimen that would give the drug to this patient. */
    private List<Assessment> giving(String item, Map<String, Assessment> byId, Planning planning) {
        if (byId.containsKey(item)) {
            return List.of(byId.get(item));
        }
        return planning.assessments().stream()
                .filter(a -> a.components().stream().anyMatch(ch -> ch.applies() && ch.drugs().contains(item)))
                .toList();
    }

    static boolean onLabelUs(Assessment a) {
        return a != null && a.approvals().stream().anyMatch(s -> REGION.equals(s.region()) && "on-label".equals(s.status()));
    }

    private static String usStatus(Assessment a) {
        return a.approvals().stream().filter(s -> REGION.equals(s.region()))
                .map(s -> s.status() + " (" + s.note() + ")").findFirst().orElse("without US approval information");
    }

    private static String notOffered(String item, List<Assessment> giving) {
        if (giving.isEmpty()) {
            return "no regimen in the knowledge base gives " + item + " to this patient";
        }
        return "not offered: " + giving.stream().map(a -> a.regimen().id() + " " + why(a)).collect(Collectors.joining("; "));
    }

    /** The first reason the assessment gives for not offering the option. */
    static String why(Assessment a) {
        String detail = switch (a.outcome()) {
            case "not-eligible" -> a.eligibility().stream().filter(v -> v.truth() == Truth.FALSE).findFirst()
                    .map(v -> v.criterion() + " is false (" + v.explanation() + ")").orElse("");
            case "excluded" -> firstTrue(a.exclusions());
            case "contraindicated" -> firstTrue(a.cautions());
            case "needs-information" -> {
                Set<String> missing = new TreeSet<>();
                a.eligibility().stream().filter(v -> v.truth() == Truth.UNKNOWN).forEach(v -> missing.addAll(v.allMissing()));
                yield "missing " + String.join(", ", missing);
            }
            default -> "";
        };
        return "is " + a.outcome() + (detail.isEmpty() ? "" : ": " + detail);
    }

    private static String firstTrue(List<RuleResult> rules) {
        return rules.stream().filter(r -> r.verdict().truth() == Truth.TRUE && !r.rule().unverified())
                .map(r -> r.rule().reason()).findFirst().orElse("");
    }
}
