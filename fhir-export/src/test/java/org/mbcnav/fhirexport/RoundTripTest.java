package org.mbcnav.fhirexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mbcnav.fhir.FhirPatientReader;
import org.mbcnav.fhir.ImportResult;
import org.mbcnav.fhir.KnowledgeDrugCodes;
import org.mbcnav.io.Mappers;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.plan.Plan;

/**
 * Native -> FHIR (PatientToFhir) -> native (the mCODE importer) gives the same plan for every
 * example patient: the plan JSON is compared whole, ignoring only dataQuality (the FHIR side
 * reports what it read from words or extensions).
 */
class RoundTripTest {

    static List<String> examples() {
        return Examples.ids();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void nativeToFhirToNativeGivesTheSamePlan(String id) throws JsonProcessingException {
        Patient original = Examples.patient(id);
        String bundle = PatientToFhir.withDrugs(Examples.kb().drugs()).toJson(original);
        assertThat(Examples.validator().validate(bundle)).as("exported patient bundle").noneMatch(ValidationMessage::error);
        ImportResult back = new FhirPatientReader(new KnowledgeDrugCodes(Examples.kb())).read(bundle, id + ".json");
        assertThat(back.plannable()).as(back.metastatic().toString()).isTrue();
        String before = json(Examples.plan(original));
        String after = json(Examples.plan(back.patient()));
        assertThat(firstDifferences(before, after)).as(id + ": plan differs after the round trip").isEmpty();
    }

    static String json(Plan p) throws JsonProcessingException {
        return Mappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(p.withDataQuality(List.of()));
    }

    /** The first few differing lines, side by side, so that a failure reads as a diff. */
    static List<String> firstDifferences(String a, String b) {
        String[] x = a.split("\n");
        String[] y = b.split("\n");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(x.length, y.length) && out.size() < 6; i++) {
            String l = i < x.length ? x[i] : "<none>";
            String r = i < y.length ? y[i] : "<none>";
            if (!l.equals(r)) {
                out.add("line " + (i + 1) + ": native " + l.trim() + " | via FHIR " + r.trim());
            }
        }
        return out;
    }
}
