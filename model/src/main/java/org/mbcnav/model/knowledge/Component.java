package org.mbcnav.model.knowledge;

import java.util.List;

/**
 * One part of a regimen: a single drug, or a choice between alternatives (oneOf), given only
 * when its condition holds (e.g. a GnRH agonist for premenopausal women).
 */
public record Component(List<String> drugs, boolean oneOf, Criterion when) {
    public Component {
        drugs = List.copyOf(drugs);
    }
}
