package org.mbcnav.trials;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.mbcnav.engine.Planner;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.io.LocatingReader;
import org.mbcnav.io.PatientReader;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.trials.read.TrialSetLoader;

/** The real knowledge base, the shipped trial snapshot and the example patients, loaded once. */
final class Fixtures {
    static final Path ROOT = Path.of(System.getProperty("mbcnav.root", ".."));
    static final Path KB = ROOT.resolve("knowledge");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final Knowledge KNOWLEDGE = load();
    static final TrialSet SNAPSHOT = snapshot();

    private Fixtures() {
    }

    private static Knowledge load() {
        try {
            return new KnowledgeLoader().load(KB);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TrialSet snapshot() {
        try {
            return new TrialSetLoader(KB, KNOWLEDGE).load(null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ClinicalState state(String patientId) {
        try {
            Path file = ROOT.resolve("examples/patients/" + patientId + ".yaml");
            var tree = new LocatingReader().read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            var patient = new PatientReader(KNOWLEDGE.drugs().keySet()).read(tree, AS_OF);
            return new Planner(KNOWLEDGE).planning(patient, AS_OF).state();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ParsedTrial trial(String nctId) {
        return SNAPSHOT.trials().stream().filter(t -> t.trial().nctId().equals(nctId)).findFirst().orElseThrow();
    }
}
