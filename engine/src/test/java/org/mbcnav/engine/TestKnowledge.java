package org.mbcnav.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import org.mbcnav.io.InputException;
import org.mbcnav.io.PatientReader;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.Patient;

/** The real knowledge base and a reader for patients written inline as YAML, for tests. */
final class TestKnowledge {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static Knowledge knowledge;

    private TestKnowledge() {
    }

    static Path root() {
        return Path.of(System.getProperty("mbcnav.root", ".."));
    }

    static synchronized Knowledge kb() {
        if (knowledge == null) {
            try {
                knowledge = new KnowledgeLoader().load(root().resolve("knowledge"));
            } catch (InputException e) {
                throw new IllegalStateException("the knowledge base does not load:\n" + e.getMessage(), e);
            }
        }
        return knowledge;
    }

    /**
     * A patient from YAML text. Sections a test leaves out get neutral defaults: a woman with de
     * novo stage IV disease diagnosed on 2024-01-01.
     */
    static Patient patient(String yaml) {
        String text = yaml.contains("person:") ? yaml : "person: {sex: female}\n" + yaml;
        if (!text.contains("disease:")) {
            text = text + "\ndisease: {deNovoStageIV: true, metastaticDiagnosisDate: 2024-01-01}\n";
        }
        if (!text.contains("id:")) {
            text = "id: test\n" + text;
        }
        try {
            return new PatientReader(kb().drugs().keySet()).read(text, "inline.yaml", AS_OF);
        } catch (InputException e) {
            throw new IllegalArgumentException("test patient is invalid:\n" + e.getMessage(), e);
        }
    }

    static Patient example(String id) {
        try {
            return new PatientReader(kb().drugs().keySet()).read(root().resolve("examples/patients/" + id + ".yaml"), AS_OF);
        } catch (InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
