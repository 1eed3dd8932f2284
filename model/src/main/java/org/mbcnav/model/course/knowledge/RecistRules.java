package org.mbcnav.model.course.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * RECIST 1.1 numbers as data (knowledge/course/recist.yaml). Percentages are whole numbers so
 * that the engine can compare with exact arithmetic; sections maps each rule to the RECIST 1.1
 * section that a trace names.
 */
public record RecistRules(
        int prDecreasePercent,
        int pdIncreasePercent,
        double pdAbsoluteIncreaseMm,
        double tooSmallToMeasureMm,
        double nodeNormalBelowMm,
        double nodeTargetMinMm,
        double nonNodalTargetMinMm,
        int maxTargets,
        int maxTargetsPerOrgan,
        List<String> organsCountedAsOne,
        List<String> boneOrgans,
        int confirmationMinDays,
        int stableDiseaseMinDays,
        Map<String, String> sections,
        List<String> sources,
        LocalDate lastReviewed,
        List<String> unverified) {

    public RecistRules {
        organsCountedAsOne = List.copyOf(organsCountedAsOne);
        boneOrgans = List.copyOf(boneOrgans);
        sections = Map.copyOf(sections);
        sources = List.copyOf(sources);
        unverified = List.copyOf(unverified);
    }

    /** "RECIST 1.1 §4.3.1" for the rule key, or the key itself when no section is recorded. */
    public String section(String rule) {
        String s = sections.get(rule);
        return s == null ? "RECIST 1.1 (" + rule + ")" : "RECIST 1.1 §" + s;
    }
}
