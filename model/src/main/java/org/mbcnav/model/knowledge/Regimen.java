package org.mbcnav.model.knowledge;

import java.time.LocalDate;
import java.util.List;

/** A treatment option as knowledge: what is given, to whom, on what evidence and approvals. */
public record Regimen(
        String id,
        String title,
        String group,
        List<String> modalities,
        List<Component> components,
        String schedule,
        Double visitsPerMonth,
        String category,
        String categoryBasis,
        List<String> categorySources,
        List<Criterion> eligibility,
        List<Rule> exclusions,
        List<Rule> cautions,
        List<Evidence> evidence,
        List<Approval> approvals,
        List<String> sources,
        LocalDate lastReviewed,
        List<String> unverified) {

    public Regimen {
        modalities = List.copyOf(modalities);
        components = List.copyOf(components);
        categorySources = List.copyOf(categorySources);
        eligibility = List.copyOf(eligibility);
        exclusions = List.copyOf(exclusions);
        cautions = List.copyOf(cautions);
        evidence = List.copyOf(evidence);
        approvals = List.copyOf(approvals);
        sources = List.copyOf(sources);
        unverified = List.copyOf(unverified);
    }
}
