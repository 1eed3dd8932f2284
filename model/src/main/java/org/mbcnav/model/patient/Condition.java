package org.mbcnav.model.patient;

/** Comorbidities that change which treatments are safe. */
public enum Condition implements Coded {
    INTERSTITIAL_LUNG_DISEASE("interstitial-lung-disease"),
    DIABETES_TYPE_1("diabetes-type-1"),
    DIABETES_TYPE_2("diabetes-type-2"),
    PREDIABETES("prediabetes"),
    HEART_FAILURE("heart-failure"),
    LONG_QT_SYNDROME("long-qt-syndrome"),
    CORONARY_ARTERY_DISEASE("coronary-artery-disease"),
    ARRHYTHMIA("arrhythmia"),
    AUTOIMMUNE_DISEASE("autoimmune-disease"),
    ORGAN_TRANSPLANT("organ-transplant"),
    LIVER_IMPAIRMENT("liver-impairment"),
    KIDNEY_IMPAIRMENT("kidney-impairment"),
    PERIPHERAL_NEUROPATHY("peripheral-neuropathy"),
    VENOUS_THROMBOEMBOLISM("venous-thromboembolism"),
    DPD_DEFICIENCY("dpd-deficiency"),
    HEPATITIS_B("hepatitis-b"),
    KERATITIS("keratitis"),
    OSTEONECROSIS_OF_JAW("osteonecrosis-of-jaw"),
    OTHER("other");

    private final String code;

    Condition(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
