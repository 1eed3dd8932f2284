package org.mbcnav.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mbcnav.io.InputProblem;
import org.mbcnav.model.knowledge.Approval;
import org.mbcnav.model.knowledge.Component;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.knowledge.Evidence;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.MedicationCode;
import org.mbcnav.model.knowledge.MonitoringItem;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.knowledge.Rule;
import org.mbcnav.model.knowledge.SupportiveCareItem;
import org.mbcnav.model.knowledge.TestDefinition;

/**
 * Checks the knowledge base as a whole: unique ids, every entry cited, every cited source,
 * drug, class and gene defined, approvals dated.
 */
final class KnowledgeChecks {
    private final Knowledge k;
    private final List<InputProblem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    KnowledgeChecks(Knowledge k) {
        this.k = k;
    }

    List<InputProblem> check() {
        for (Regimen r : k.regimens()) {
            String where = "regimen " + r.id();
            uniqueId(r.id(), where);
            cited(where, r.sources());
            cited(where + " category", r.categorySources(), false);
            for (Component c : r.components()) {
                c.drugs().forEach(d -> drug(where, d));
                criterion(where, c.when());
            }
            r.eligibility().forEach(c -> criterion(where, c));
            for (Rule rule : r.exclusions()) {
                cited(where + " exclusion '" + rule.reason() + "'", rule.sources());
                criterion(where, rule.when());
            }
            for (Rule rule : r.cautions()) {
                cited(where + " caution '" + rule.reason() + "'", rule.sources());
                criterion(where, rule.when());
            }
            for (Evidence e : r.evidence()) {
                cited(where + " evidence " + e.trial(), e.sources(), false);
            }
            for (Approval a : r.approvals()) {
                String at = where + " approval " + a.region();
                cited(at, a.sources());
                if ("withdrawn".equals(a.status()) && a.withdrawn() == null) {
                    add(at, "a withdrawn approval needs the withdrawal date");
                }
                a.conditions().forEach(c -> criterion(at, c));
            }
            if (!"radiation".equals(r.group()) && r.components().isEmpty()) {
                add(where, "a systemic regimen needs at least one component");
            }
        }
        for (SupportiveCareItem s : k.supportiveCare()) {
            String where = "supportive care " + s.id();
            uniqueId(s.id(), where);
            cited(where, s.sources());
            criterion(where, s.when());
            if (s.regimenTrigger() != null) {
                s.regimenTrigger().drugs().forEach(d -> drug(where, d));
                s.regimenTrigger().classes().forEach(c -> drugClass(where, c));
            }
        }
        for (MonitoringItem m : k.monitoring()) {
            String where = "monitoring " + m.id();
            uniqueId(m.id(), where);
            cited(where, m.sources());
            m.drugs().forEach(d -> drug(where, d));
            m.classes().forEach(c -> drugClass(where, c));
            criterion(where, m.when());
        }
        for (TestDefinition t : k.tests()) {
            String where = "test " + t.id();
            uniqueId(t.id(), where);
            cited(where, t.sources());
            criterion(where, t.recommendWhen());
            t.genes().forEach(g -> gene(where, g));
        }
        for (MedicationCode c : k.medicationCodes()) {
            c.ingredients().forEach(d -> drug("medication code " + (c.code() != null ? c.code() : c.text()), d));
        }
        k.drugs().values().forEach(d -> cited("drug " + d.name(), d.sources(), false));
        k.drugs().values().forEach(this::groupMembers);
        cited("definitions", k.definitions().sources());
        if (k.definitions().rechallenge() != null) {
            cited("no-rechallenge rule", k.definitions().rechallenge().sources());
        }
        for (var rule : k.definitions().rankingRules()) {
            cited("ranking rule " + rule.id(), rule.sources());
            criterion("ranking rule " + rule.id(), rule.when());
        }
        return problems;
    }

    private void criterion(String where, Criterion root) {
        CriteriaWalker.walk(root, c -> {
            switch (c) {
                case Criterion.PriorClass p -> drugClass(where, p.drugClass());
                case Criterion.PriorDrug p -> drug(where, p.drug());
                case Criterion.PriorLines p -> {
                    if (p.drugClass() != null) {
                        drugClass(where, p.drugClass());
                    }
                }
                case Criterion.RelapseAfterAdjuvant r -> drugClass(where, r.drugClass());
                case Criterion.MedicationClass m -> drugClass(where, m.drugClass());
                case Criterion.Biomarker b -> {
                    if (b.genes().isEmpty()) {
                        add(where, "a biomarker criterion needs genes");
                    }
                    b.genes().forEach(g -> gene(where, g));
                }
                case Criterion.AlterationType a -> a.genes().forEach(g -> gene(where, g));
                default -> {
                }
            }
        });
    }

    private void uniqueId(String id, String where) {
        if (id != null && !ids.add(id)) {
            add(where, "the id '" + id + "' is used twice");
        }
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            add(where, "ids are lowercase kebab-case");
        }
    }

    private void cited(String where, List<String> sources) {
        cited(where, sources, true);
    }

    private void cited(String where, List<String> sources, boolean required) {
        if (required && sources.isEmpty()) {
            add(where, "cites no source");
        }
        for (String s : sources) {
            if (!k.sources().containsKey(s)) {
                add(where, "cites unknown source '" + s + "'");
            }
        }
    }

    /**
     * A group entry (insulin) names its members' RxNorm ingredient codes; each must also be in
     * medication-codes.yaml for that drug, where its RxNorm name is recorded.
     */
    private void groupMembers(Drug d) {
        if (d.rxnormMembers().isEmpty()) {
            return;
        }
        String where = "drug " + d.name();
        if (d.rxnorm() != null) {
            add(where, "has both 'rxnorm' and 'rxnormMembers'; a group lists its members only");
        }
        for (String member : d.rxnormMembers()) {
            boolean listed = k.medicationCodes().stream().anyMatch(c -> "rxnorm".equals(c.system())
                    && member.equals(c.code()) && c.ingredients().contains(d.name()));
            if (!listed) {
                add(where, "member code " + member + " is not in medication-codes.yaml for this drug");
            }
        }
    }

    private void drug(String where, String name) {
        if (!k.drugs().containsKey(name)) {
            add(where, "unknown drug '" + name + "'");
        }
    }

    private void drugClass(String where, String id) {
        if (!k.classes().containsKey(id)) {
            add(where, "unknown drug class '" + id + "'");
        }
    }

    private void gene(String where, String symbol) {
        if (!k.genes().isEmpty() && !k.genes().containsKey(symbol)) {
            add(where, "unknown gene '" + symbol + "' (not in genes.yaml)");
        }
    }

    private void add(String where, String message) {
        problems.add(new InputProblem("knowledge", where, 0, 0, message));
    }
}
