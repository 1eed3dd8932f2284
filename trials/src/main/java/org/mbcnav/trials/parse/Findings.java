package org.mbcnav.trials.parse;

import java.util.ArrayList;
import java.util.List;
import org.mbcnav.model.knowledge.Criterion;

/**
 * What the rules found in one sentence: criteria (as written: for an exclusion sentence, the
 * excluded condition) and the parts they recognised but could not turn into a criterion.
 */
public final class Findings {
    private final List<Criterion> criteria = new ArrayList<>();
    private final List<String> residue = new ArrayList<>();

    public void add(Criterion c) {
        if (c != null && !criteria.contains(c)) {
            criteria.add(c);
        }
    }

    /** Something the rule recognised but could not express: the sentence is also checked by hand. */
    public void residue(String what) {
        if (!residue.contains(what)) {
            residue.add(what);
        }
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    public List<String> residue() {
        return List.copyOf(residue);
    }
}
