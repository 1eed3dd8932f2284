package org.mbcnav.server.cds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.plan.Exclusion;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;
import org.mbcnav.model.plan.SourceRef;
import org.mbcnav.model.plan.Warning;

/**
 * Checks a drug being ordered against the patient's plan, using only the knowledge base: the
 * regimens that contain the drug, and for them the cautions that hold (offered with a warning),
 * the exclusions and contraindications that apply, or the eligibility the patient does not meet.
 */
public final class OrderChecker {
    private final Knowledge k;
    private final CardFactory cards;

    public OrderChecker(Knowledge k, CardFactory cards) {
        this.k = k;
        this.cards = cards;
    }

    public List<Card> check(String patientId, String drug, Plan plan) {
        Set<String> regimens = k.regimens().stream().filter(r -> contains(r, drug)).map(Regimen::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (regimens.isEmpty()) {
            return List.of();
        }
        List<PlanOption> offered = plan.options().stream().filter(o -> regimens.contains(o.id())).toList();
        List<Card> out = new ArrayList<>();
        if (!offered.isEmpty()) {
            Map<String, Warning> warnings = offered.stream().flatMap(o -> o.warnings().stream())
                    .filter(w -> "warning".equals(w.severity()))
                    .collect(Collectors.toMap(Warning::reason, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
            for (Warning w : warnings.values()) {
                String detail = "Ordering **" + drug + "**. In the regimens that contain it ("
                        + String.join(", ", offered.stream().map(PlanOption::title).toList()) + "), the knowledge base "
                        + "cautions: " + w.reason();
                out.add(cards.orderWarning(patientId, "Caution with " + drug + ": " + w.reason(), detail, refs(w.sources())));
            }
            return out;
        }
        List<Exclusion> excluded = plan.excluded().stream().filter(x -> regimens.contains(x.id())).toList();
        List<Exclusion> against = excluded.stream()
                .filter(x -> "excluded".equals(x.kind()) || "contraindicated".equals(x.kind())).toList();
        if (!against.isEmpty()) {
            Set<String> reasons = against.stream().flatMap(x -> x.reasons().stream())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            String detail = "Ordering **" + drug + "**. Every regimen with it is ruled out for this patient:\n\n"
                    + lines(against);
            out.add(cards.orderWarning(patientId, Card.summary(capital(drug) + " is contraindicated for this patient: "
                    + String.join("; ", reasons)), detail, sources(against)));
            return out;
        }
        String detail = "Ordering **" + drug + "**. No regimen with it in the knowledge base fits this patient:\n\n"
                + lines(excluded);
        out.add(cards.orderWarning(patientId, capital(drug) + " is not supported for this patient by the knowledge base",
                detail, sources(excluded)));
        return out;
    }

    private static boolean contains(Regimen r, String drug) {
        return r.components().stream().anyMatch(c -> c.drugs().contains(drug));
    }

    private static String lines(List<Exclusion> xs) {
        StringBuilder b = new StringBuilder();
        for (Exclusion x : xs) {
            b.append("- **").append(x.title()).append("** (").append(x.kind()).append("): ")
                    .append(String.join("; ", x.reasons()));
            if (!x.missing().isEmpty()) {
                b.append(" Missing: ").append(String.join(", ", x.missing())).append('.');
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static List<SourceRef> sources(List<Exclusion> xs) {
        return xs.stream().flatMap(x -> x.sources().stream()).toList();
    }

    private List<SourceRef> refs(List<String> ids) {
        return ids.stream().map(k.sources()::get).filter(java.util.Objects::nonNull)
                .map(s -> new SourceRef(s.id(), s.title(), s.url())).toList();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
