package org.mbcnav.trials.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;

/**
 * Organ-function thresholds in inclusion sentences: "absolute neutrophil count >1500/mm3",
 * "LVEF >=50%". The number is converted to the patient-format unit with the lexicon's factor; a
 * limit relative to the upper limit of normal, or in a unit the lexicon does not list, is left
 * to check by hand. Alternatives ("creatinine <= X or creatinine clearance > Y") become one
 * criterion only when every alternative was read, so that a half-read "or" never excludes.
 */
final class LabRule implements Rule {
    private static final Pattern VALUE = Patterns.of("^[^,;.]{0,25}?(>=|<=|<|>)\\s*([\\d][\\d,]*(?:\\.\\d+)?)\\s*(x\\s*ULN|[^\\s,;]*)");
    private static final Pattern ADEQUATE = Patterns.of("adequate|inadequate|standard organ|organ function");

    @Override
    public void apply(Sentence s, Lexicon lexicon, Findings out) {
        if (s.exclusion()) {
            return;
        }
        boolean any = false;
        for (String segment : s.text().split("\\s*;\\s*|,\\s+")) {
            List<Criterion> alternatives = new ArrayList<>();
            boolean unread = false;
            for (String part : segment.split("\\bor\\b")) {
                Reading r = read(part, lexicon);
                if (r == Reading.NONE) {
                    continue;
                }
                any = true;
                if (r.criterion == null) {
                    unread = true;
                    out.residue(r.unread);
                } else {
                    alternatives.add(r.criterion);
                }
            }
            if (!unread && !alternatives.isEmpty()) {
                out.add(alternatives.size() == 1 ? alternatives.get(0) : new Criterion.AnyOf(alternatives));
            }
        }
        if (!any && Patterns.find(ADEQUATE, s.text())) {
            out.residue("organ function without thresholds");
        }
    }

    private record Reading(Criterion criterion, String unread) {
        static final Reading NONE = new Reading(null, null);
    }

    private static Reading read(String part, Lexicon lexicon) {
        for (Lexicon.LabTerm term : lexicon.labs()) {
            Matcher name = term.pattern().matcher(part);
            if (!name.find()) {
                continue;
            }
            Matcher v = VALUE.matcher(part.substring(name.end()));
            if (!v.find()) {
                return new Reading(null, term.test() + ": no threshold read");
            }
            String unit = v.group(3);
            for (Lexicon.LabUnit u : term.units()) {
                if (u.unit().matcher(unit).lookingAt()) {
                    double value = Double.parseDouble(v.group(2).replace(",", "")) * u.factor();
                    return new Reading(new Criterion.Lab(term.test(), v.group(1), round(value)), null);
                }
            }
            return new Reading(null, term.test() + ": unit '" + unit + "' not read");
        }
        return Reading.NONE;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
