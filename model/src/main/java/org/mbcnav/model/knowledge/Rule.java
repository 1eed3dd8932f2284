package org.mbcnav.model.knowledge;

import java.util.List;

/**
 * An exclusion or caution: when the criterion holds the option is ruled out (exclusion, or a
 * caution of severity "contraindication") or carries a warning (severity "warning").
 */
public record Rule(Criterion when, String severity, String reason, List<String> sources, boolean unverified) {
    public Rule {
        sources = List.copyOf(sources);
    }
}
