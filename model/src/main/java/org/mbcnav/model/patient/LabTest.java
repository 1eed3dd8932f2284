package org.mbcnav.model.patient;

/** Laboratory and functional tests the planner reads, each with the one unit it is recorded in. */
public enum LabTest implements Coded {
    LVEF("lvef", "%"),
    BILIRUBIN("bilirubin", "mg/dL"),
    ALT("alt", "U/L"),
    AST("ast", "U/L"),
    CREATININE("creatinine", "mg/dL"),
    CREATININE_CLEARANCE("creatinine-clearance", "mL/min"),
    HBA1C("hba1c", "%"),
    FASTING_GLUCOSE("fasting-glucose", "mg/dL"),
    ANC("anc", "10^9/L"),
    PLATELETS("platelets", "10^9/L"),
    HEMOGLOBIN("hemoglobin", "g/dL"),
    QTCF("qtcf", "ms"),
    CALCIUM("calcium", "mg/dL"),
    POTASSIUM("potassium", "mmol/L"),
    MAGNESIUM("magnesium", "mg/dL");

    private final String code;
    private final String unit;

    LabTest(String code, String unit) {
        this.code = code;
        this.unit = unit;
    }

    @Override
    public String code() {
        return code;
    }

    /** The unit every value of this test is recorded in; importers convert to it. */
    public String unit() {
        return unit;
    }
}
