package org.mbcnav.model.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A supportive-care recommendation. It applies when `when` holds for the patient (null = always)
 * and, if regimenTrigger is set, when an offered option matches it.
 */
public record SupportiveCareItem(String id, String title, String domain, Criterion when, RegimenTrigger regimenTrigger,
                                 List<String> actions, String patientText, List<String> sources,
                                 LocalDate lastReviewed, List<String> unverified) {
    public SupportiveCareItem {
        actions = List.copyOf(actions);
        sources = List.copyOf(sources);
        unverified = List.copyOf(unverified);
    }
}
