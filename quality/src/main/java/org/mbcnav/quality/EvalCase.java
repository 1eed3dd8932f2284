package org.mbcnav.quality;

import java.util.List;

/**
 * One evaluation case: a patient and what a correct plan must (and must not) contain.
 *
 * @param indication          the source id of the label indication the case comes from, or null
 * @param mustOffer           regimen ids or drug names that must be among the offered options
 * @param mustOfferOnLabel    as mustOffer, and the option must be on-label in the US
 * @param mustNotOfferOnLabel regimen ids or drug names that must not be offered on-label in the US
 * @param exactOptions        the exact set of offered US on-label regimen ids; null when the case
 *                            does not declare one
 */
public record EvalCase(String id, String indication, PatientCase subject, List<String> mustOffer,
                       List<String> mustOfferOnLabel, List<String> mustNotOfferOnLabel, List<String> exactOptions,
                       String notes) {
    public EvalCase {
        mustOffer = List.copyOf(mustOffer);
        mustOfferOnLabel = List.copyOf(mustOfferOnLabel);
        mustNotOfferOnLabel = List.copyOf(mustNotOfferOnLabel);
        exactOptions = exactOptions == null ? null : List.copyOf(exactOptions);
    }

    /** Everything the plan is expected to offer (recall's denominator counts these). */
    public List<String> expected() {
        return java.util.stream.Stream.concat(mustOffer.stream(), mustOfferOnLabel.stream()).toList();
    }
}
