package org.mbcnav.fhirexport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.mbcnav.engine.Planner;
import org.mbcnav.io.InputException;
import org.mbcnav.io.PatientReader;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.plan.Plan;

/** The real knowledge base, the example patients and one shared validator, for tests. */
final class Examples {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static Knowledge knowledge;
    private static FhirValidator validator;

    private Examples() {
    }

    static Path root() {
        return Path.of(System.getProperty("mbcnav.root", ".."));
    }

    static synchronized Knowledge kb() {
        if (knowledge == null) {
            try {
                knowledge = new KnowledgeLoader().load(root().resolve("knowledge"));
            } catch (InputException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return knowledge;
    }

    static synchronized FhirValidator validator() {
        if (validator == null) {
            validator = new FhirValidator();
        }
        return validator;
    }

    static List<String> ids() {
        try (Stream<Path> s = Files.list(root().resolve("examples/patients"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Patient patient(String id) {
        try {
            return new PatientReader(kb().drugs().keySet()).read(root().resolve("examples/patients/" + id + ".yaml"), AS_OF);
        } catch (InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static Plan plan(Patient p) {
        return new Planner(kb()).plan(p, AS_OF);
    }
}
