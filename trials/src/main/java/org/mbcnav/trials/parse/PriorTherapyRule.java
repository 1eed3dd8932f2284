package org.mbcnav.trials.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;

/**
 * Prior therapy: required exposure ("progression on a CDK4/6 inhibitor"), forbidden exposure
 * ("no prior chemotherapy for metastatic disease"; every therapy of an exclusion sentence), "no
 * prior systemic therapy", and line counts (see LineCountRule). Each `;`-separated segment is
 * read on its own: setting (metastatic / early / any) and progression come from its words.
 * Therapies joined by "or" are alternatives; otherwise each is required.
 */
final class PriorTherapyRule implements Rule {
    private static final Pattern PRIOR = Patterns.of("\\b(prior|previous(ly)?|received|receiving|treated with|treatment with|exposure to"
            + "|progress\\w*|relapsed?|refractory|recurrence|currently on|history of)\\b|-refractory");
    private static final Pattern NEGATED = Patterns.of("\\b(no (prior|previous|systemic|chemo\\w*)|not previously treated|previously untreated"
            + "|untreated with|not received|never received|treatment-na[iï]ve|without prior)\\b");
    private static final Pattern META = Patterns.of("metastatic|advanced|recurrent|loco-?regional|inoperable|unresectable");
    private static final Pattern EARLY = Patterns.of("adjuvant|early[- ]stage|early breast");
    private static final Pattern NO_PROGRESSION = Patterns.of("without[^.;]{0,40}progression");
    private static final Pattern PROGRESSION = Patterns.of("progress|relapse|refractory|recurrence");
    private static final Pattern DURATION = Patterns.of("\\b(for|of) (>=|at least |a minimum of )?\\d+ months|duration");
    private static final Pattern EXCEPTION = Patterns.of("\\((excluding|except)[^)]*\\)");
    private static final Pattern CANDIDATE = Patterns.of("^(is )?(a )?(eligible for|candidate for)");
    private static final Pattern CONDITIONAL = Patterns.of("\\b(patients|participants|those|individuals)\\s+(who|with|relapsed|previously)\\b|need not|not required");
    private static final Pattern OR = Patterns.of("\\bor\\b|/");

    @Override
    public void apply(Sentence s, Lexicon lexicon, Findings out) {
        String text = s.text();
        if (RelapseRule.claims(text)) {
            return;
        }
        if (Patterns.find(CANDIDATE, text)) {
            out.residue("candidacy for a treatment is a clinical judgement");
            return;
        }
        boolean priorSentence = Patterns.find(PRIOR, text);
        for (String segment : text.split(";")) {
            Matcher exception = EXCEPTION.matcher(segment);
            while (exception.find()) {
                out.residue("exception not read: " + exception.group());
            }
            String rest = LineCountRule.apply(exception.replaceAll(" "), lexicon, out);
            segment(s, rest, priorSentence, lexicon, out);
        }
    }

    private static void segment(Sentence s, String seg, boolean priorSentence, Lexicon lexicon, Findings out) {
        List<TherapyMentions.Mention> mentions = TherapyMentions.find(seg, lexicon);
        if (mentions.isEmpty() || Patterns.find(CONDITIONAL, seg)) {
            return;
        }
        boolean negated = Patterns.find(NEGATED, seg);
        boolean prior = Patterns.find(PRIOR, seg) || (s.exclusion() && priorSentence);
        if (!negated && !prior) {
            return;
        }
        if (!negated && Patterns.find(DURATION, seg)) {
            out.residue("treatment duration is not read");
            return;
        }
        String setting = Patterns.find(META, seg) ? "metastatic" : Patterns.find(EARLY, seg) ? "early" : "any";
        Boolean progression = Patterns.find(NO_PROGRESSION, seg) ? Boolean.FALSE
                : Patterns.find(PROGRESSION, seg) ? Boolean.TRUE : null;
        List<Criterion> named = new ArrayList<>();
        boolean anySystemic = false;
        for (TherapyMentions.Mention m : mentions) {
            if (m.term().anySystemic()) {
                anySystemic = true;
            } else if (!m.mapped()) {
                out.residue("therapy without a class in the drug list: " + seg.substring(m.start(), m.end()));
            } else {
                Criterion c = m.prior(setting, negated ? null : progression);
                if (!named.contains(c)) {
                    named.add(c);
                }
            }
        }
        if (negated) {
            if (!named.isEmpty()) {
                out.add(new Criterion.Not(named.size() == 1 ? named.get(0) : new Criterion.AnyOf(named)));
            }
            if (anySystemic) {
                out.add(new Criterion.PriorLines(null, null, 0));
            }
            return;
        }
        if (named.isEmpty()) {
            return;
        }
        if (s.exclusion() || named.size() == 1) {
            named.forEach(out::add);
        } else if (alternatives(seg, mentions)) {
            out.add(new Criterion.AnyOf(named));
        } else {
            named.forEach(out::add);
        }
    }

    /** True when the therapies are joined by "or" (any one will do) rather than "and", "+" or "with". */
    private static boolean alternatives(String seg, List<TherapyMentions.Mention> mentions) {
        for (int i = 1; i < mentions.size(); i++) {
            String between = seg.substring(mentions.get(i - 1).end(), mentions.get(i).start());
            if (Patterns.find(OR, between)) {
                return true;
            }
        }
        return false;
    }
}
