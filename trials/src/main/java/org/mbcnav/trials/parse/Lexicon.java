package org.mbcnav.trials.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words the eligibility rules recognise, loaded from knowledge/trials/lexicon.yaml (plus
 * every drug name of knowledge/drugs.yaml): which phrase names which drug class or drug, which
 * genes, which lab tests in which units, which comorbidities. The rules hold only sentence
 * mechanics; the clinical vocabulary is data.
 */
public record Lexicon(List<TherapyTerm> therapies, List<String> genes, List<LabTerm> labs, List<ConditionTerm> conditions) {
    public Lexicon {
        therapies = List.copyOf(therapies);
        genes = List.copyOf(genes);
        labs = List.copyOf(labs);
        conditions = List.copyOf(conditions);
    }

    /** A phrase naming a drug class, one drug, or (anySystemic) any systemic anticancer therapy. */
    public record TherapyTerm(Pattern pattern, String drugClass, String drug, boolean anySystemic) {
    }

    /** A lab test and the units it may be written in, each with the factor to the patient-format unit. */
    public record LabTerm(Pattern pattern, String test, List<LabUnit> units) {
        public LabTerm {
            units = List.copyOf(units);
        }
    }

    public record LabUnit(Pattern unit, double factor) {
    }

    public record ConditionTerm(Pattern pattern, String condition) {
    }
}
