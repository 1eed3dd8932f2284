package org.mbcnav.trials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mbcnav.io.InputException;
import org.mbcnav.model.plan.TrialMatch;
import org.mbcnav.trials.match.Near;
import org.mbcnav.trials.match.TrialMatcher;
import org.mbcnav.trials.read.StudyReader;

class ReaderAndDistanceTest {

    @Test
    void readsASearchResponseWithSeveralStudies(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("search.json");
        Files.writeString(f, """
                {"studies": [
                  {"protocolSection": {"identificationModule": {"nctId": "NCT00000001", "briefTitle": "A"},
                    "statusModule": {"overallStatus": "SOME_NEW_STATUS"}, "designModule": {"phases": ["PHASE1", "PHASE2"]}}},
                  {"protocolSection": {"identificationModule": {"nctId": "NCT00000002"}}}
                ], "nextPageToken": "abc"}
                """);
        List<Trial> trials = new StudyReader().read(f);
        assertThat(trials).extracting(Trial::nctId).containsExactly("NCT00000001", "NCT00000002");
        assertThat(trials.get(0).status()).isEqualTo("SOME_NEW_STATUS");
        assertThat(trials.get(0).phaseText()).isEqualTo("PHASE1/PHASE2");
        assertThat(trials.get(1).phaseText()).isEqualTo("NA");
    }

    @Test
    void badStudiesAreReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\n  \"protocolSection\": {\n    \"identificationModule\": {\"nctId\": \"12345\"}\n  }\n}\n");
        assertThatThrownBy(() -> new StudyReader().read(f)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems().get(0).describe()).contains("bad.json:3").contains("not an NCT id"));
        Files.writeString(f, "{\"protocolSection\": ");
        assertThatThrownBy(() -> new StudyReader().read(f)).isInstanceOf(InputException.class);
    }

    @Test
    void distanceFilterKeepsTrialsWithAnOpenSiteInReach() {
        // OPERA-01 has a recruiting site in New York (40.84, -73.94); Boston is about 300 km away.
        var state = Fixtures.state("hr-positive-esr1-ctdna-after-cdk46");
        TrialMatcher matcher = new TrialMatcher(state);
        List<TrialMatch> near = matcher.matchAll(Fixtures.SNAPSHOT, new Near(42.36, -71.06, 350));
        TrialMatch opera = near.stream().filter(m -> m.nctId().equals("NCT06016738")).findFirst().orElseThrow();
        assertThat(opera.nearestSiteKm()).isBetween(290.0, 320.0);
        assertThat(matcher.matchAll(Fixtures.SNAPSHOT, new Near(42.36, -71.06, 100))).extracting(TrialMatch::nctId).doesNotContain("NCT06016738");
        // Trials whose record gives no site coordinates cannot be placed and are left out.
        assertThat(near).allSatisfy(m -> assertThat(m.nearestSiteKm()).isNotNull());
        assertThatThrownBy(() -> new Near(95, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openTrialsRankBeforeClosedOnesAndEligibleBeforeIneligible() {
        List<TrialMatch> ranked = new TrialMatcher(Fixtures.state("her2-positive-active-brain-mets")).matchAll(Fixtures.SNAPSHOT, null);
        int withdrawn = indexOf(ranked, "NCT02547961");
        int dbTwelveClosed = indexOf(ranked, "NCT04739761");
        int openBrain = indexOf(ranked, "NCT03696030");
        assertThat(openBrain).isLessThan(withdrawn).isLessThan(dbTwelveClosed);
        assertThat(ranked.get(0).status()).isEqualTo("RECRUITING");
        assertThat(ranked.get(0).match()).isNotEqualTo("ineligible");
    }

    private static int indexOf(List<TrialMatch> ranked, String nct) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).nctId().equals(nct)) {
                return i;
            }
        }
        throw new AssertionError(nct + " not ranked");
    }
}
