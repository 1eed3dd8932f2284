package org.mbcnav.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each aggregate on the hand-made population (HandMadePopulation), run once through the in-process engine. */
class CohortEngineTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    @TempDir
    static Path dir;
    static JsonNode agg;
    static Aggregates aggregates;

    @BeforeAll
    static void run() throws Exception {
        Path export = HandMadePopulation.write(dir.resolve("export"));
        aggregates = new CohortEngine().run(new CohortSettings(export, dir.resolve("report"), AS_OF, TestKnowledge.get(), null, 2), Progress.NONE);
        agg = new ObjectMapper().readTree(dir.resolve("report/aggregates.json").toFile());
    }

    @Test
    void everyPatientHasAStatus() {
        assertThat(agg.path("patients").asLong()).isEqualTo(4);
        assertThat(agg.path("status").path("planned").asLong()).isEqualTo(2);
        assertThat(agg.path("status").path("not-metastatic").asLong()).isEqualTo(1);
        assertThat(agg.path("status").path("not-imported").asLong()).isEqualTo(1);
        assertThat(agg.path("dataQuality").path("notImportedReasons").fieldNames()).toIterable()
                .singleElement().asString().contains("no primary breast cancer");
    }

    @Test
    void countsBySubtypeAndLine() {
        JsonNode counts = agg.path("subtypeByLine").path("counts");
        assertThat(agg.path("subtypeByLine").path("denominator").asLong()).isEqualTo(2);
        // hrp: two metastatic courses given, the second ongoing: the engine places her at line 2 or 3.
        assertThat(counts.path("hr-positive-her2-negative").size()).isEqualTo(1);
        assertThat(counts.path("triple-negative").size()).isEqualTo(1);
        assertThat(agg.path("subtypes").path("hr-positive-her2-negative").asLong()).isEqualTo(1);
        assertThat(agg.path("subtypes").path("triple-negative").asLong()).isEqualTo(1);
    }

    @Test
    void eligibilityIsCountedPerOptionWithItsDenominator() throws Exception {
        JsonNode e = agg.path("eligibleForOption");
        assertThat(e.path("denominator").asLong()).isEqualTo(2);
        // Every count equals the number of plan lines offering that option.
        String plans = Files.readString(dir.resolve("report/plans.ndjson"));
        e.path("patients").fields().forEachRemaining(f -> {
            long offered = plans.lines().filter(l -> l.contains("\"id\":\"" + f.getKey() + "\"")).count();
            assertThat(f.getValue().asLong()).as(f.getKey()).isEqualTo(offered).isBetween(1L, 2L);
        });
        assertThat(e.path("bySubtype").path("triple-negative").path("denominator").asLong()).isEqualTo(1);
    }

    @Test
    void missingTestsNameTheGapsOfEachSubtype() {
        JsonNode bySubtype = agg.path("missingTests").path("bySubtype");
        // HR+ progressed on endocrine therapy with no ESR1 result: the ESR1 test is missing.
        assertThat(bySubtype.path("hr-positive-her2-negative").path("patients").path("esr1-ctdna").asLong()).isEqualTo(1);
        // Triple negative without a PD-L1 result.
        assertThat(bySubtype.path("triple-negative").path("patients").path("pdl1-22c3-cps").asLong()).isEqualTo(1);
        assertThat(bySubtype.path("triple-negative").path("patients").has("esr1-ctdna")).isFalse();
    }

    @Test
    void concordanceJudgesEachMetastaticCourseAtItsStart() {
        JsonNode c = agg.path("concordance");
        // hrp: letrozole + palbociclib (line 1), fulvestrant (line 2); tnbc: paclitaxel (line 1).
        assertThat(c.path("total").path("courses").asLong()).isEqualTo(3);
        assertThat(c.path("byLine").path("1").path("courses").asLong()).isEqualTo(2);
        assertThat(c.path("byLine").path("2").path("courses").asLong()).isEqualTo(1);
        // Each was a standard option at its time.
        assertThat(c.path("total").path("drugInAnOption").asLong()).isEqualTo(3);
        assertThat(c.path("total").path("exactOption").asLong()).isLessThanOrEqualTo(3);
        assertThat(c.path("bySubtype").path("triple-negative").path("courses").asLong()).isEqualTo(1);
    }

    @Test
    void trialsAreCountedWithTheirDenominator() {
        assertThat(agg.path("trials").path("denominator").asLong()).isEqualTo(2);
        assertThat(agg.path("trials").path("patientsWithAnEligibleTrial").asLong()).isZero();
    }

    @Test
    void malformedLinesAreCountedWithFileAndLineAndTheRunGoesOn() {
        JsonNode dq = agg.path("dataQuality");
        assertThat(dq.path("malformedLines").asLong()).isEqualTo(1);
        assertThat(dq.path("fileIssues").get(0).path("where").asText()).startsWith("Observation.ndjson line 3");
        assertThat(dq.path("fileIssues").get(0).path("reason").asText()).contains("invalid JSON");
        assertThat(aggregates.malformedLines()).isEqualTo(1);
    }

    @Test
    void reportHasPlansSummaryAndDisclaimer() throws Exception {
        assertThat(Files.readAllLines(dir.resolve("report/plans.ndjson"))).hasSize(4);
        String html = Files.readString(dir.resolve("report/summary.html"));
        assertThat(html).contains("<svg").contains("does not replace them").contains("Observation.ndjson line 3");
        assertThat(agg.path("disclaimer").asText()).contains("does not replace them");
    }
}
