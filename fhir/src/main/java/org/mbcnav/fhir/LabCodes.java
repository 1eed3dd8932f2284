package org.mbcnav.fhir;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mbcnav.model.patient.LabTest;

/**
 * LOINC codes of the labs the planner reads, and the conversions from the units labs send to
 * the one unit of each LabTest. A unit that is not listed is reported and the value not used:
 * converting by guess could turn a normal bilirubin into a contraindication.
 */
final class LabCodes {
    /** One accepted (LOINC, unit) pair: multiply the value by factor, then add offset. */
    record Conversion(double factor, double offset) {
        double apply(double v) {
            return v * factor + offset;
        }
    }

    private static final Map<String, LabTest> BY_LOINC = Map.ofEntries(
            Map.entry("10230-1", LabTest.LVEF),
            Map.entry("1742-6", LabTest.ALT),
            Map.entry("1744-2", LabTest.ALT),
            Map.entry("1920-8", LabTest.AST),
            Map.entry("1975-2", LabTest.BILIRUBIN),
            Map.entry("2160-0", LabTest.CREATININE),
            Map.entry("2164-2", LabTest.CREATININE_CLEARANCE),
            Map.entry("4548-4", LabTest.HBA1C),
            Map.entry("17856-6", LabTest.HBA1C),
            Map.entry("1558-6", LabTest.FASTING_GLUCOSE),
            Map.entry("751-8", LabTest.ANC),
            Map.entry("26499-4", LabTest.ANC),
            Map.entry("777-3", LabTest.PLATELETS),
            Map.entry("26515-7", LabTest.PLATELETS),
            Map.entry("718-7", LabTest.HEMOGLOBIN),
            Map.entry("8636-3", LabTest.QTCF),
            Map.entry("76635-0", LabTest.QTCF),
            Map.entry("17861-6", LabTest.CALCIUM),
            Map.entry("2823-3", LabTest.POTASSIUM),
            Map.entry("6298-4", LabTest.POTASSIUM),
            Map.entry("19123-9", LabTest.MAGNESIUM),
            Map.entry("2601-3", LabTest.MAGNESIUM));

    /** Glucose not marked fasting: reported, because the model holds fasting glucose only. */
    static final String NON_FASTING_GLUCOSE = "2345-7";

    private static final Map<String, Map<String, Conversion>> UNITS = new HashMap<>();

    static {
        Conversion same = new Conversion(1, 0);
        unit(LabTest.LVEF, same, "%");
        unit(LabTest.ALT, same, "U/L", "[IU]/L", "IU/L", "u/l");
        unit(LabTest.AST, same, "U/L", "[IU]/L", "IU/L", "u/l");
        unit(LabTest.BILIRUBIN, same, "mg/dL");
        unit(LabTest.BILIRUBIN, new Conversion(1 / 17.104, 0), "umol/L", "µmol/L", "μmol/L");
        unit(LabTest.CREATININE, same, "mg/dL");
        unit(LabTest.CREATININE, new Conversion(1 / 88.42, 0), "umol/L", "µmol/L", "μmol/L");
        unit(LabTest.CREATININE_CLEARANCE, same, "mL/min", "ml/min", "mL/min/{1.73_m2}", "mL/min/1.73m2");
        unit(LabTest.HBA1C, same, "%");
        // IFCC mmol/mol to NGSP %: the IFCC-NGSP master equation.
        unit(LabTest.HBA1C, new Conversion(0.09148, 2.152), "mmol/mol");
        unit(LabTest.FASTING_GLUCOSE, same, "mg/dL");
        unit(LabTest.FASTING_GLUCOSE, new Conversion(18.016, 0), "mmol/L");
        unit(LabTest.ANC, same, "10*9/L", "10^9/L", "10*3/uL", "10^3/uL", "10*3/mm3", "K/uL", "x10E3/uL");
        unit(LabTest.ANC, new Conversion(0.001, 0), "/uL", "/mm3", "{cells}/uL", "cells/uL");
        unit(LabTest.PLATELETS, same, "10*9/L", "10^9/L", "10*3/uL", "10^3/uL", "10*3/mm3", "K/uL", "x10E3/uL");
        unit(LabTest.HEMOGLOBIN, same, "g/dL");
        unit(LabTest.HEMOGLOBIN, new Conversion(0.1, 0), "g/L");
        unit(LabTest.HEMOGLOBIN, new Conversion(1.6114, 0), "mmol/L");
        unit(LabTest.QTCF, same, "ms", "msec");
        unit(LabTest.CALCIUM, same, "mg/dL");
        unit(LabTest.CALCIUM, new Conversion(4.008, 0), "mmol/L");
        unit(LabTest.POTASSIUM, same, "mmol/L", "meq/L", "mEq/L");
        unit(LabTest.MAGNESIUM, same, "mg/dL");
        unit(LabTest.MAGNESIUM, new Conversion(2.431, 0), "mmol/L");
        unit(LabTest.MAGNESIUM, new Conversion(1.2155, 0), "meq/L", "mEq/L");
    }

    /**
     * Highest value a person can plausibly have, in the model unit; above it the value is a unit
     * error (Jenny M's neutrophils are 3000 "10*3/uL"), not a lab result.
     */
    private static final Map<LabTest, Double> PLAUSIBLE_MAX = Map.ofEntries(
            Map.entry(LabTest.LVEF, 100.0), Map.entry(LabTest.BILIRUBIN, 60.0), Map.entry(LabTest.ALT, 20000.0),
            Map.entry(LabTest.AST, 20000.0), Map.entry(LabTest.CREATININE, 40.0), Map.entry(LabTest.CREATININE_CLEARANCE, 300.0),
            Map.entry(LabTest.HBA1C, 25.0), Map.entry(LabTest.FASTING_GLUCOSE, 2000.0), Map.entry(LabTest.ANC, 200.0),
            Map.entry(LabTest.PLATELETS, 5000.0), Map.entry(LabTest.HEMOGLOBIN, 30.0), Map.entry(LabTest.QTCF, 1000.0),
            Map.entry(LabTest.CALCIUM, 30.0), Map.entry(LabTest.POTASSIUM, 15.0), Map.entry(LabTest.MAGNESIUM, 20.0));

    private LabCodes() {
    }

    private static void unit(LabTest test, Conversion c, String... units) {
        Map<String, Conversion> m = UNITS.computeIfAbsent(test.name(), k -> new HashMap<>());
        for (String u : units) {
            m.put(u.toLowerCase(), c);
        }
    }

    static Optional<LabTest> test(Concept code) {
        for (Coding c : code.codings()) {
            if (Systems.LOINC.equals(c.system()) && c.code() != null && BY_LOINC.containsKey(c.code())) {
                return Optional.of(BY_LOINC.get(c.code()));
            }
        }
        return Optional.empty();
    }

    /** The conversion from a unit to the test's unit; a missing unit is accepted only for unitless-safe tests. */
    static Optional<Conversion> conversion(LabTest test, String unit) {
        if (unit == null || unit.isBlank()) {
            return test == LabTest.LVEF || test == LabTest.HBA1C ? Optional.of(new Conversion(1, 0)) : Optional.empty();
        }
        return Optional.ofNullable(UNITS.getOrDefault(test.name(), Map.of()).get(unit.trim().toLowerCase()));
    }

    static boolean plausible(LabTest test, double value) {
        return value >= 0 && value <= PLAUSIBLE_MAX.getOrDefault(test, Double.MAX_VALUE);
    }
}
