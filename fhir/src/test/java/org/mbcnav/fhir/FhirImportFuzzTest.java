package org.mbcnav.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.mbcnav.engine.Planner;
import org.mbcnav.io.InputException;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.io.LocatingReader;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.DataQualityIssue;
import org.mbcnav.model.plan.Plan;

/**
 * Fuzzes the FHIR import the way `mbcnav plan bundle.json` runs it: the one JSON/YAML reader, the
 * mCODE importer with the knowledge base's drug-code table, then the planner when the record shows
 * metastatic disease. Seeded with mCODE bundles from ../shared/fixtures. Allowed outcomes: an
 * InputException from the reader, a FhirImportException that names where and what, or an import
 * (with data-quality issues) whose patient the planner plans without throwing. Anything else, or a
 * run over the timeout, is a finding.
 *
 * Without JAZZER_FUZZ this replays the kept inputs in FhirImportFuzzTestInputs/bundle/.
 */
class FhirImportFuzzTest {
    private static final String NAME = "fuzzed-bundle.json";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final Knowledge KNOWLEDGE = knowledge();
    private static final FhirPatientReader IMPORTER = new FhirPatientReader(new KnowledgeDrugCodes(KNOWLEDGE));
    private static final Planner PLANNER = new Planner(KNOWLEDGE);
    private final LocatingReader reader = new LocatingReader();

    private static Knowledge knowledge() {
        try {
            return new KnowledgeLoader().load(Path.of(System.getProperty("mbcnav.root", "..")).resolve("knowledge"));
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void bundle(byte[] input) {
        LocatedTree tree;
        try {
            tree = reader.read(new String(input, StandardCharsets.UTF_8), NAME);
        } catch (InputException e) {
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(NAME));
            return;
        }
        ImportResult imported;
        try {
            imported = IMPORTER.read(tree.root());
        } catch (FhirImportException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.issues()).isNotEmpty().anySatisfy(i -> assertThat(i.severity()).isEqualTo("error"));
            return;
        }
        for (DataQualityIssue i : imported.issues()) {
            assertThat(i.reason()).as("issue at %s", i.where()).isNotBlank();
        }
        if (imported.plannable()) {
            Plan plan = PLANNER.plan(imported.patient(), AS_OF);
            assertThat(plan).isNotNull();
        }
    }
}
