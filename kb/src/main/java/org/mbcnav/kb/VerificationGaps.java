package org.mbcnav.kb;

import java.util.ArrayList;
import java.util.List;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.knowledge.Gene;
import org.mbcnav.model.knowledge.Knowledge;

/**
 * Codes the knowledge base still lacks or has not checked. They are not errors (a missing
 * ingredient code only leaves imported medications to be matched by name or by a mapped
 * clinical-drug code), but they must stay visible until they are closed, so `kb validate`
 * prints them as warnings. The list of what was searched and why it was not found is in
 * docs/verification-log.md.
 */
public record VerificationGaps(List<String> drugsWithoutRxnorm, List<String> drugsWithUncheckedRxnorm,
                               List<String> genesWithoutCheckedHgnc) {

    public VerificationGaps {
        drugsWithoutRxnorm = List.copyOf(drugsWithoutRxnorm);
        drugsWithUncheckedRxnorm = List.copyOf(drugsWithUncheckedRxnorm);
        genesWithoutCheckedHgnc = List.copyOf(genesWithoutCheckedHgnc);
    }

    public static VerificationGaps of(Knowledge k) {
        List<String> noCode = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (Drug d : k.drugs().values()) {
            // A group (insulin) is coded by its members' ingredient codes.
            if (d.rxnormIngredients().isEmpty()) {
                noCode.add(d.name());
            } else if (!Boolean.TRUE.equals(d.rxnormVerified())) {
                unchecked.add(d.name());
            }
        }
        List<String> genes = new ArrayList<>();
        for (Gene g : k.genes().values()) {
            if (g.hgnc() == null || !Boolean.TRUE.equals(g.verified())) {
                genes.add(g.symbol());
            }
        }
        return new VerificationGaps(noCode.stream().sorted().toList(), unchecked.stream().sorted().toList(),
                genes.stream().sorted().toList());
    }

    /** One line per kind of gap; empty when every code is present and checked. */
    public List<String> warnings() {
        List<String> lines = new ArrayList<>();
        if (!drugsWithoutRxnorm.isEmpty()) {
            lines.add(drugsWithoutRxnorm.size() + " drug(s) without an RxNorm ingredient code (matched by name or "
                    + "clinical-drug code only): " + String.join(", ", drugsWithoutRxnorm));
        }
        if (!drugsWithUncheckedRxnorm.isEmpty()) {
            lines.add(drugsWithUncheckedRxnorm.size() + " drug(s) whose RxNorm code is not checked against a source: "
                    + String.join(", ", drugsWithUncheckedRxnorm));
        }
        if (!genesWithoutCheckedHgnc.isEmpty()) {
            lines.add(genesWithoutCheckedHgnc.size() + " gene(s) without a checked HGNC id: "
                    + String.join(", ", genesWithoutCheckedHgnc));
        }
        return lines;
    }
}
