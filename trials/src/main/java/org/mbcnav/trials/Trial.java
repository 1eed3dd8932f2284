package org.mbcnav.trials;

import java.util.List;

/**
 * One trial as read from a ClinicalTrials.gov API v2 study record: the registry's structured
 * fields as given (status and phases stay registry codes, missing fields stay null) and the
 * free-text eligibility block the parser works on.
 *
 * @param source the file the record was read from, for messages
 */
public record Trial(String nctId, String title, String acronym, String status, List<String> phases, String studyType,
                    String sex, String minimumAge, String maximumAge, String eligibilityText, List<String> conditions,
                    List<String> interventions, List<TrialSite> sites, String source) {
    public Trial {
        phases = List.copyOf(phases);
        conditions = List.copyOf(conditions);
        interventions = List.copyOf(interventions);
        sites = List.copyOf(sites);
    }

    /** "PHASE1/PHASE2" as the registry writes it, or "NA" when no phase is given. */
    public String phaseText() {
        return phases.isEmpty() ? "NA" : String.join("/", phases);
    }

    /** The acronym when there is one, else the NCT id: how trials are named in lists. */
    public String label() {
        return acronym == null ? nctId : acronym;
    }
}
