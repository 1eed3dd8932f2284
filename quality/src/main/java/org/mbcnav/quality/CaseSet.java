package org.mbcnav.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.io.LocatingReader;
import org.mbcnav.io.PatientReader;
import org.mbcnav.model.knowledge.Knowledge;

/**
 * The patients a coverage report or release notes run over: native patient files, evaluation
 * cases files, or folders of either (searched recursively for .yaml, .yml and .json). Patient
 * files are planned as of the given date; cases carry their own.
 *
 * @param evalCases the cases that came from cases files (also among patients)
 */
public record CaseSet(List<PatientCase> patients, List<EvalCase> evalCases) {
    public CaseSet {
        patients = List.copyOf(patients);
        evalCases = List.copyOf(evalCases);
    }

    public static CaseSet load(List<Path> paths, Knowledge k, LocalDate asOf) throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        List<PatientCase> patients = new ArrayList<>();
        List<EvalCase> cases = new ArrayList<>();
        for (Path file : files(paths, problems)) {
            try {
                LocatedTree tree = new LocatingReader().read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                if (CaseFileReader.isCaseFile(tree)) {
                    List<EvalCase> read = new CaseFileReader(k).read(tree, file.toAbsolutePath().getParent());
                    cases.addAll(read);
                    read.forEach(c -> patients.add(c.subject()));
                } else if (tree.root().has("resourceType")) {
                    problems.add(new InputProblem(file.toString(), "", 0, 0, "FHIR input is not supported here; use native patients"));
                } else {
                    var patient = new PatientReader(k.drugs().keySet()).read(tree, asOf);
                    patients.add(new PatientCase(patient.id(), patient, asOf, file.toString()));
                }
            } catch (InputException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new InputProblem(file.toString(), "", 0, 0, "cannot be read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new CaseSet(patients, cases);
    }

    private static List<Path> files(List<Path> paths, List<InputProblem> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> f.toString().matches(".*\\.(ya?ml|json)$"))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    problems.add(new InputProblem(p.toString(), "", 0, 0, "cannot be listed: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                problems.add(new InputProblem(p.toString(), "", 0, 0, "no such file or folder"));
            }
        }
        return out;
    }
}
