package org.mbcnav.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.knowledge.Release;

/** Release notes say what changed and for whom the offered options change. */
class ReleaseNotesTest {

    @Test
    void aWithdrawnEntryIsListedWithTheCasesThatLoseIt() throws Exception {
        Knowledge now = Fixtures.kb();
        List<Regimen> fewer = now.regimens().stream().filter(r -> !r.id().equals("hrp-esr1-elacestrant")).toList();
        Knowledge next = new Knowledge(new Release("9999.1.0", now.release().date(), now.release().evidenceHorizon(),
                "Elacestrant entry withdrawn for the test.", now.release().disclaimer()), now.definitions(), now.sources(),
                now.classes(), now.drugs(), fewer, now.supportiveCare(), now.monitoring(), now.tests(), now.genes(),
                now.medicationCodes(), now.classClosure());
        List<PatientCase> cases = new CaseFileReader(now).read(Fixtures.ROOT.resolve("evaluation/us-label-cases.yaml"))
                .stream().map(EvalCase::subject).toList();

        List<ReleaseNotes.CaseChange> changes = ReleaseNotes.caseChanges(now, next, cases);
        assertThat(changes).isNotEmpty().allSatisfy(c -> {
            assertThat(c.lost()).containsExactly("hrp-esr1-elacestrant");
            assertThat(c.gained()).isEmpty();
            assertThat(c.noLongerOnLabelUs()).isEmpty();
        });
        assertThat(changes).extracting(ReleaseNotes.CaseChange::caseId).contains("elacestrant-positive");

        String md = ReleaseNotes.markdown(now, next, cases);
        assertThat(md).contains("## 9999.1.0").contains("Elacestrant entry withdrawn for the test.")
                .contains("#### Withdrawn (removed) (1)").contains("- regimen `hrp-esr1-elacestrant`")
                .contains(changes.size() + " of " + cases.size() + " case(s) have a different set of offered options")
                .contains("| elacestrant-positive | - | `hrp-esr1-elacestrant` |");
    }

    @Test
    void withoutCasesTheNotesDoNotClaimThatNothingChanges() throws Exception {
        Knowledge k = Fixtures.kb();
        String md = ReleaseNotes.markdown(k, k, null);
        assertThat(md).contains("### Changes (0)").contains("No cases were run for these notes.");
    }
}
