package org.mbcnav.trials.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;

/**
 * Concomitant medications in exclusions: "strong or moderate CYP3A4 inducers or inhibitors"
 * becomes the drug classes named that way in knowledge/drugs.yaml (strong-cyp3a4-inhibitor, ...).
 */
final class MedicationRule implements Rule {
    private static final Pattern CYP = Patterns.of("\\b((?:strong|moderate)(?:\\s+(?:or|and|/)\\s+(?:strong|moderate))?)\\s+(CYP\\w+)\\s+"
            + "((?:inhibitors?|inducers?)(?:\\s+(?:or|and|/)\\s+(?:inhibitors?|inducers?))?)");
    private final Set<String> classes;

    MedicationRule(Set<String> classes) {
        this.classes = Set.copyOf(classes);
    }

    @Override
    public void apply(Sentence s, Lexicon lexicon, Findings out) {
        if (!s.exclusion()) {
            return;
        }
        Matcher m = CYP.matcher(s.text());
        while (m.find()) {
            List<Criterion> any = new ArrayList<>();
            for (String strength : m.group(1).toLowerCase().split("\\s+(or|and|/)\\s+")) {
                for (String kind : m.group(3).toLowerCase().split("\\s+(or|and|/)\\s+")) {
                    String id = strength + "-" + m.group(2).toLowerCase() + "-" + kind.replaceAll("s$", "");
                    if (classes.contains(id)) {
                        any.add(new Criterion.MedicationClass(id));
                    } else {
                        out.residue("no drug class " + id);
                    }
                }
            }
            if (!any.isEmpty()) {
                out.add(any.size() == 1 ? any.get(0) : new Criterion.AnyOf(any));
            }
        }
    }
}
