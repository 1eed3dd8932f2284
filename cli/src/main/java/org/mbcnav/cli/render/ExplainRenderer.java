package org.mbcnav.cli.render;

import java.util.List;
import org.mbcnav.engine.Assessment;
import org.mbcnav.engine.Planning;
import org.mbcnav.engine.RuleResult;
import org.mbcnav.engine.Truth;
import org.mbcnav.engine.Verdict;
import org.mbcnav.model.knowledge.Evidence;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.knowledge.Source;
import org.mbcnav.model.plan.ApprovalStatus;
import org.mbcnav.model.plan.Derivation;

/** The full trace of one assessment, or of the derivations, as terminal text. */
public final class ExplainRenderer {
    private final Knowledge k;
    private final Colors c;

    public ExplainRenderer(Knowledge k, Colors c) {
        this.k = k;
        this.c = c;
    }

    public String derivations(Planning p) {
        StringBuilder b = new StringBuilder(c.bold("Derivations for " + p.plan().patientSummary().id()
                + " as of " + p.plan().asOf())).append('\n');
        for (Derivation d : p.plan().patientSummary().derivations()) {
            b.append("  ").append(c.bold(d.fact())).append(" = ").append(d.value()).append('\n')
                    .append("      ").append(d.explanation()).append(d.sources().isEmpty() ? "" : c.dim("  [" + String.join(", ", d.sources()) + "]")).append('\n');
        }
        p.plan().patientSummary().flags().forEach(f -> b.append("  ").append(c.yellow("! " + f)).append('\n'));
        b.append("\nUse --option ID to see why one regimen was offered or not.\n");
        return b.toString();
    }

    public String assessment(Planning p, Assessment a) {
        Regimen r = a.regimen();
        StringBuilder b = new StringBuilder();
        b.append(c.bold(r.title())).append("  ").append(c.dim(r.id())).append('\n');
        b.append("  outcome: ").append(outcome(a.outcome())).append("   category: ").append(r.category())
                .append("   knowledge ").append(p.plan().knowledgeVersion()).append(", last reviewed ").append(r.lastReviewed()).append('\n');
        if (r.categoryBasis() != null) {
            b.append("  category basis: ").append(r.categoryBasis()).append('\n');
        }
        b.append('\n').append(c.bold("Eligibility (all must hold)")).append('\n');
        a.eligibility().forEach(v -> verdict(b, v, 1));
        if (!a.exclusions().isEmpty()) {
            b.append('\n').append(c.bold("Exclusions (any that holds rules it out)")).append('\n');
            for (RuleResult x : a.exclusions()) {
                b.append("  ").append(mark(x.verdict().truth())).append(' ').append(x.rule().reason())
                        .append(x.rule().unverified() ? c.dim(" [unverified: warning only]") : "").append(c.dim("  [" + String.join(", ", x.rule().sources()) + "]")).append('\n');
                verdict(b, x.verdict(), 2);
            }
        }
        if (!a.cautions().isEmpty()) {
            b.append('\n').append(c.bold("Cautions")).append('\n');
            for (RuleResult x : a.cautions()) {
                b.append("  ").append(mark(x.verdict().truth())).append(' ').append(x.rule().severity()).append(": ").append(x.rule().reason())
                        .append(c.dim("  [" + String.join(", ", x.rule().sources()) + "]")).append('\n');
                verdict(b, x.verdict(), 2);
            }
        }
        b.append('\n').append(c.bold("Components")).append('\n');
        for (Assessment.ComponentChoice cc : a.components()) {
            b.append("  ").append(cc.oneOf() ? "one of " : "").append(String.join(", ", cc.drugs()))
                    .append(cc.when() == null ? "" : "  when " + cc.when().criterion() + ": " + cc.when().truth().name().toLowerCase()).append('\n');
        }
        b.append('\n').append(c.bold("Approvals at " + p.plan().asOf())).append('\n');
        for (ApprovalStatus s : a.approvals()) {
            b.append("  ").append(s.region()).append(": ").append(s.status()).append(s.note() == null ? "" : " (" + s.note() + ")").append('\n');
            if (s.indication() != null) {
                b.append("      ").append(c.dim(s.indication())).append('\n');
            }
        }
        if (!r.evidence().isEmpty()) {
            b.append('\n').append(c.bold("Evidence")).append('\n');
            for (Evidence e : r.evidence()) {
                b.append("  ").append(e.trial()).append(e.nct() == null ? "" : " (" + e.nct() + ")").append(e.n() == null ? "" : ", n=" + e.n()).append('\n');
                if (e.population() != null) {
                    b.append("      population: ").append(e.population()).append('\n');
                }
            }
        }
        if (!r.unverified().isEmpty()) {
            b.append('\n').append(c.bold("Unverified in this entry")).append('\n');
            r.unverified().forEach(u -> b.append("  - ").append(u).append('\n'));
        }
        b.append('\n').append(c.bold("Sources")).append('\n');
        for (String id : r.sources()) {
            Source s = k.sources().get(id);
            b.append("  ").append(id).append(": ").append(s == null ? "?" : s.title()).append(s == null || s.url() == null ? "" : c.dim("  " + s.url())).append('\n');
        }
        return b.toString();
    }

    private String outcome(String o) {
        return "offered".equals(o) ? c.green(o) : "needs-information".equals(o) ? c.yellow(o) : c.red(o);
    }

    private String mark(Truth t) {
        return switch (t) {
            case TRUE -> c.green("[yes]");
            case FALSE -> c.red("[no] ");
            case UNKNOWN -> c.yellow("[?]  ");
        };
    }

    private void verdict(StringBuilder b, Verdict v, int depth) {
        String indent = "  ".repeat(depth);
        b.append(indent).append(mark(v.truth())).append(' ').append(v.criterion()).append(c.dim(" - " + v.explanation())).append('\n');
        List<Verdict> parts = v.parts();
        if (parts.size() > 1 || (parts.size() == 1 && !parts.get(0).criterion().equals(v.criterion()))) {
            parts.forEach(x -> verdict(b, x, depth + 2));
        }
    }
}
