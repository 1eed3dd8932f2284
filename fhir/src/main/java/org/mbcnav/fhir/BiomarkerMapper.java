package org.mbcnav.fhir;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mbcnav.model.patient.MsiResult;
import org.mbcnav.model.patient.MsiStatus;
import org.mbcnav.model.patient.PdL1Result;
import org.mbcnav.model.patient.TmbResult;

/** PD-L1, MSI / MMR and tumour mutational burden Observations. */
final class BiomarkerMapper {
    private static final Set<String> PDL1 = Set.of("83052-1", "83053-9");
    private static final Set<String> MSI = Set.of("62862-8", "81695-9");
    private static final String TMB_NUMBER = "94076-7";
    private static final String TMB_INTERPRETATION = "94077-5";

    boolean handles(Concept code) {
        String w = code.words();
        return code.hasAny(Systems.LOINC, PDL1) || code.hasAny(Systems.LOINC, MSI) || code.has(Systems.LOINC, TMB_NUMBER)
                || code.has(Systems.LOINC, TMB_INTERPRETATION) || w.contains("pd-l1") || w.contains("microsatellite")
                || w.contains("mutation burden") || w.contains("mismatch repair");
    }

    void map(Res obs, Concept code, PatientFacts facts) {
        ObsValue value = ObsValue.read(obs.node());
        if (value.ambiguous()) {
            obs.warning("value[x]", String.join(" + ", value.elements()), "more than one value[x] (invalid FHIR); not used");
            return;
        }
        LocalDate date = obs.eventDate().orElse(null);
        String assay = obs.concept("method").isEmpty() ? null : obs.concept("method").name();
        String w = code.words();
        boolean coded = code.hasAny(Systems.LOINC, PDL1) || code.hasAny(Systems.LOINC, MSI)
                || code.has(Systems.LOINC, TMB_NUMBER) || code.has(Systems.LOINC, TMB_INTERPRETATION);
        if (!coded) {
            obs.warning("code", code.label(), "biomarker recognised from its words only - check");
        }
        if (code.hasAny(Systems.LOINC, PDL1) || w.contains("pd-l1")) {
            pdl1(obs, code, value, date, assay, facts);
        } else if (code.has(Systems.LOINC, TMB_NUMBER) || code.has(Systems.LOINC, TMB_INTERPRETATION) || w.contains("mutation burden")) {
            tmb(obs, value, date, assay, facts);
        } else {
            msi(obs, value, date, assay, facts);
        }
    }

    private static void pdl1(Res obs, Concept code, ObsValue value, LocalDate date, String assay, PatientFacts facts) {
        String words = (code.words() + " " + value.words() + " " + obs.concept("method").words() + " "
                + (value.unit() == null ? "" : value.unit().toLowerCase(Locale.ROOT))).trim();
        String clone = words.contains("22c3") ? "22C3" : words.contains("sp142") ? "SP142" : words.contains("sp263") ? "SP263"
                : words.contains("28-8") ? "28-8" : assay;
        Double number = value.number();
        if (number == null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)").matcher(value.words());
            number = m.find() ? Double.valueOf(m.group(1)) : null;
        }
        if (number == null) {
            obs.warning("value[x]", value.words(), "PD-L1 without a number (CPS or IC%); not used");
            return;
        }
        if (words.contains("combined positive") || words.contains("cps")) {
            facts.pdl1.add(new PdL1Result(clone, number, null, date));
        } else if (words.contains("immune cell") || words.contains(" ic") || "SP142".equals(clone)) {
            facts.pdl1.add(new PdL1Result(clone, null, number, date));
        } else {
            // A tumour proportion score is neither CPS nor IC%; guessing would change eligibility.
            obs.warning("value[x]", code.label(), "PD-L1 score type (CPS or immune-cell %) not stated; not used");
        }
    }

    private static void msi(Res obs, ObsValue value, LocalDate date, String assay, PatientFacts facts) {
        String w = value.words();
        MsiStatus status = null;
        if (w.contains("msi-h") || w.contains("msi high") || w.contains("high")) {
            status = MsiStatus.MSI_HIGH;
        } else if (w.contains("msi-l") || w.contains("msi low")) {
            status = MsiStatus.MSI_LOW;
        } else if (w.contains("mss") || w.contains("stable")) {
            status = MsiStatus.MSS;
        } else if (w.contains("dmmr") || w.contains("deficient")) {
            status = MsiStatus.DMMR;
        } else if (w.contains("pmmr") || w.contains("proficient")) {
            status = MsiStatus.PMMR;
        } else {
            // "Microsatellite instability [Presence]": a positive presence is instability (MSI-H).
            Optional<Qualitative> q = Qualitative.of(value.concept(), value.string());
            if (q.isPresent() && q.get() == Qualitative.POSITIVE) {
                status = MsiStatus.MSI_HIGH;
            } else if (q.isPresent() && q.get() == Qualitative.NEGATIVE) {
                status = MsiStatus.MSS;
            }
        }
        if (status == null) {
            obs.warning("value[x]", value.concept().label(), "MSI result not understood; not used");
            return;
        }
        facts.msi.add(new MsiResult(status, date, assay));
    }

    private static void tmb(Res obs, ObsValue value, LocalDate date, String assay, PatientFacts facts) {
        if (value.number() != null) {
            facts.tmb.add(new TmbResult(value.number(), date, assay));
            return;
        }
        obs.warning("value[x]", "TMB qualitative result: " + value.words(),
                "TMB reported only as a category; the model holds mutations per megabase, so it is not stored");
    }
}
