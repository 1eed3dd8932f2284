package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import org.mbcnav.model.patient.LabResult;
import org.mbcnav.model.patient.LabTest;

/** Lab and functional results by LOINC, converted to the unit of the model's LabTest. */
final class LabMapper {

    boolean handles(Concept code) {
        return LabCodes.test(code).isPresent() || code.has(Systems.LOINC, LabCodes.NON_FASTING_GLUCOSE);
    }

    void map(Res obs, Concept code, PatientFacts facts) {
        if (code.has(Systems.LOINC, LabCodes.NON_FASTING_GLUCOSE) && LabCodes.test(code).isEmpty()) {
            obs.info("code", code.label(), "glucose not marked fasting; the model holds fasting glucose only");
            return;
        }
        LabTest test = LabCodes.test(code).orElseThrow();
        ObsValue value = ObsValue.read(obs.node());
        if (value.ambiguous()) {
            obs.warning("value[x]", String.join(" + ", value.elements()), "more than one value[x] (invalid FHIR); not used");
            return;
        }
        if (value.number() == null) {
            obs.warning("value[x]", value.words(), test.code() + " has no numeric value; not used");
            return;
        }
        Optional<LabCodes.Conversion> conversion = LabCodes.conversion(test, value.unit());
        if (conversion.isEmpty()) {
            obs.warning("valueQuantity.unit", String.valueOf(value.unit()),
                    "unit not convertible to " + test.unit() + " for " + test.code() + "; not used");
            return;
        }
        double v = round(conversion.get().apply(value.number()));
        if (!LabCodes.plausible(test, v)) {
            obs.warning("valueQuantity", value.number() + " " + value.unit(),
                    "implausible " + test.code() + " value (" + v + " " + test.unit() + "), probably a unit error; not used");
            return;
        }
        LocalDate date = obs.eventDate().orElse(null);
        if (date == null) {
            obs.warning("effective[x]", "date", "lab result without a date; not used");
            return;
        }
        if (code.has(Systems.LOINC, "8636-3")) {
            obs.info("code", code.label(), "QTc correction formula not stated; recorded as QTcF");
        }
        facts.labs.add(new LabResult(test, v, date, uln(obs, test)));
    }

    private static Double uln(Res obs, LabTest test) {
        for (JsonNode range : obs.node().path("referenceRange")) {
            JsonNode high = range.path("high");
            if (high.path("value").isNumber()) {
                String unit = high.hasNonNull("code") ? high.get("code").asText() : high.path("unit").asText(null);
                Optional<LabCodes.Conversion> c = LabCodes.conversion(test, unit);
                if (c.isPresent()) {
                    return round(c.get().apply(high.get("value").asDouble()));
                }
                obs.info("referenceRange.high", unit, "upper limit in an unconvertible unit; not used");
            }
        }
        return null;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
