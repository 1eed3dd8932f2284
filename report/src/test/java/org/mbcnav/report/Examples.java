package org.mbcnav.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.mbcnav.engine.Planner;
import org.mbcnav.io.InputException;
import org.mbcnav.io.LocatingReader;
import org.mbcnav.io.PatientReader;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.plan.Plan;

/** The repository's knowledge base and example patients, planned as of one fixed date. */
final class Examples {
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    static final Path ROOT = Path.of(System.getProperty("mbcnav.root", ".."));
    private static Knowledge knowledge;
    private static PatientLanguage language;

    private Examples() {
    }

    static synchronized Knowledge knowledge() throws InputException {
        if (knowledge == null) {
            knowledge = new KnowledgeLoader().load(ROOT.resolve("knowledge"));
        }
        return knowledge;
    }

    static synchronized PatientLanguage language() throws InputException {
        if (language == null) {
            language = PatientLanguageReader.forKnowledge(knowledge()).read(ROOT.resolve("knowledge"));
        }
        return language;
    }

    static List<Path> patients() throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve("examples/patients"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static Patient patient(Path file) throws IOException, InputException {
        return new PatientReader(knowledge().drugs().keySet()).read(new LocatingReader().read(Files.readString(file),
                file.toString()), AS_OF);
    }

    static Plan plan(Path file) throws IOException, InputException {
        return new Planner(knowledge()).plan(patient(file), AS_OF);
    }
}
