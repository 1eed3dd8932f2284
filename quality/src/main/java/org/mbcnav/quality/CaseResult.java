package org.mbcnav.quality;

import java.util.List;

/**
 * What one evaluation case gave.
 *
 * @param offered          ids of the offered options, in plan order
 * @param offeredOnLabelUs those of them that are on-label in the US
 * @param expected         how many mustOffer and mustOfferOnLabel items the case has
 * @param met              how many of them the plan satisfied
 * @param checked          how many mustNotOfferOnLabel items the case has
 * @param violations       how many of them the plan violated
 * @param setMatch         every expected item satisfied; null when the case expects none
 * @param exactMatch       the US on-label offered set equals exactOptions; null when not declared
 * @param failures         one sentence per unmet expectation
 */
public record CaseResult(String id, String indication, List<String> offered, List<String> offeredOnLabelUs,
                         int expected, int met, int checked, int violations, Boolean setMatch, Boolean exactMatch,
                         List<String> failures) {
    public CaseResult {
        offered = List.copyOf(offered);
        offeredOnLabelUs = List.copyOf(offeredOnLabelUs);
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
