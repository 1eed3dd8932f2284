package org.mbcnav.model.course.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A drug's label dose-modification table: its dose levels (starting dose first), what happens
 * below the lowest level, and the rules in label order. ctcaeVersion is the grading the label
 * itself uses, which may differ from the CTCAE version the tracker grades in.
 */
public record DoseModificationTable(
        String drug,
        String ctcaeVersion,
        List<String> doseLevels,
        List<String> monotherapyDoseLevels,
        String belowLowest,
        List<DoseRule> rules,
        List<String> sources,
        LocalDate lastReviewed,
        List<String> unverified) {

    public DoseModificationTable {
        doseLevels = List.copyOf(doseLevels);
        monotherapyDoseLevels = List.copyOf(monotherapyDoseLevels);
        rules = List.copyOf(rules);
        sources = List.copyOf(sources);
        unverified = List.copyOf(unverified);
    }

    /** The levels that apply: the monotherapy levels when the drug is given alone and has them. */
    public List<String> levels(boolean monotherapy) {
        return monotherapy && !monotherapyDoseLevels.isEmpty() ? monotherapyDoseLevels : doseLevels;
    }
}
