package org.mbcnav.engine;

import org.mbcnav.model.knowledge.Rule;

/** An exclusion or caution rule with its verdict for this patient. */
public record RuleResult(Rule rule, Verdict verdict) {
}
