package org.mbcnav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mbcnav.io.Mappers;

/**
 * The same patient as a FHIR bundle (the MITRE fixture) and as a native transcription of it
 * (test resource mitre-patient01-native.yaml) gives the same plan; and the lines of therapy the
 * engine derives from the MITRE Patient02 medication history (docs/clinical-interpretations.md).
 */
class SamePatientTwoFormsTest {

    @Test
    void fhirFixtureAndItsNativeTranscriptionGiveTheSamePlan() throws Exception {
        Cli fhir = Cli.run("plan", Cli.fixtures().resolve("mitre-clinical-trial-matching-app/TrialMatching_Patient01.json").toString(),
                "--format", "json");
        Cli nat = Cli.run("plan", Cli.root().resolve("cli/src/test/resources/mitre-patient01-native.yaml").toString(), "--format", "json");
        assertThat(fhir.exit()).as(fhir.err()).isZero();
        assertThat(nat.exit()).as(nat.err()).isZero();
        ObjectNode a = (ObjectNode) Mappers.json().readTree(fhir.out());
        ObjectNode b = (ObjectNode) Mappers.json().readTree(nat.out());
        assertThat(ids(a.get("options"))).isNotEmpty().isEqualTo(ids(b.get("options")));
        assertThat(ids(a.get("excluded"))).isEqualTo(ids(b.get("excluded")));
        assertThat(a.get("dataQuality").size()).isPositive();
        assertThat(b.get("dataQuality").size()).isZero();
        a.remove("dataQuality");
        b.remove("dataQuality");
        assertThat(a).isEqualTo(b);
    }

    /**
     * Patient02 has eleven MedicationStatements with start dates only, all "completed" except
     * alpelisib (active), no stop reasons, de novo stage IV (so every course is metastatic):
     * exemestane 2019-06-01, zoledronic acid 2019-06-01, anastrozole 2019-07-01, letrozole
     * 2019-08-01, palbociclib + fulvestrant 2019-09-01, capecitabine 2019-10-01, tamoxifen +
     * abemaciclib 2019-12-01, gemcitabine 2020-01-01, alpelisib 2020-02-01. Each course ends when
     * the next starts. The three aromatase inhibitors are switches within one class (one line);
     * zoledronic acid is supportive, past and without a stated intent, so it is reported and forms
     * no course (never a line); every later course adds a class not in the
     * current line, so it starts a new line: six lines, the sixth ongoing, next line 7.
     */
    @Test
    void patient02LinesOfTherapyFromTheDatedHistory() throws Exception {
        Cli r = Cli.run("plan", Cli.fixtures().resolve("mitre-clinical-trial-matching-app/TrialMatching_Patient02.json").toString(),
                "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode summary = Mappers.json().readTree(r.out()).path("patientSummary");
        List<String> lines = new ArrayList<>();
        for (JsonNode l : summary.path("priorLines")) {
            List<String> drugs = new ArrayList<>();
            l.path("drugs").forEach(d -> drugs.add(d.asText()));
            lines.add(l.path("line").asInt() + ":" + String.join("+", drugs.stream().sorted().toList()) + " " + l.path("start").asText()
                    + ".." + l.path("end").asText("ongoing"));
        }
        assertThat(lines).containsExactly(
                "1:anastrozole+exemestane+letrozole 2019-06-01..2019-09-01",
                "2:fulvestrant+palbociclib 2019-09-01..2019-10-01",
                "3:capecitabine 2019-10-01..2019-12-01",
                "4:abemaciclib+tamoxifen 2019-12-01..2020-01-01",
                "5:gemcitabine 2020-01-01..2020-02-01",
                "6:alpelisib 2020-02-01..ongoing");
        assertThat(summary.path("line").asInt()).isEqualTo(7);
        assertThat(summary.path("priorClasses").toString()).doesNotContain("bone-modifying-agent");
        assertThat(Mappers.json().readTree(r.out()).path("dataQuality").toString())
                .contains("zoledronic acid").contains("a past supportive or non-cancer medication");
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path("id").asText()));
        return out;
    }
}
