package org.mbcnav.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mbcnav.model.patient.Patient;

/**
 * Reads a native patient (JSON or YAML): syntax, schema, calendar dates and clinical
 * consistency are all checked and every problem is reported together with its position.
 */
public final class PatientReader {
    private static final SchemaCheck SCHEMA = SchemaCheck.fromResource("/schemas/patient.schema.json");

    private final LocatingReader reader = new LocatingReader();
    private final Set<String> knownDrugs;

    /** knownDrugs: lowercase INN names from knowledge/drugs.yaml; other names are errors. */
    public PatientReader(Set<String> knownDrugs) {
        this.knownDrugs = Set.copyOf(knownDrugs);
    }

    public Patient read(Path file, LocalDate asOf) throws InputException {
        String text;
        try {
            if (Files.size(file) > LocatingReader.MAX_CHARS) {
                throw new InputException(new InputProblem(file.toString(), "", 0, 0,
                        "the file is " + Files.size(file) + " bytes; the limit is " + LocatingReader.MAX_CHARS));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", 0, 0, "cannot be read: " + e.getMessage()));
        }
        return read(reader.read(text, file.toString()), asOf);
    }

    public Patient read(String text, String name, LocalDate asOf) throws InputException {
        return read(reader.read(text, name), asOf);
    }

    /** Reads an already parsed tree (the CLI parses once to tell native input from FHIR). */
    public Patient read(LocatedTree tree, LocalDate asOf) throws InputException {
        List<InputProblem> dates = CalendarDates.check(tree);
        // The schema's own date-format message is less clear than ours: keep one per field.
        List<InputProblem> problems = new ArrayList<>(SCHEMA.check(tree).stream()
                .filter(p -> dates.stream().noneMatch(d -> d.pointer().equals(p.pointer())))
                .toList());
        problems.addAll(dates);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Patient patient = bind(tree);
        List<InputProblem> clinical = new PatientChecks(tree, asOf, knownDrugs).check(patient);
        if (!clinical.isEmpty()) {
            throw new InputException(clinical);
        }
        return patient;
    }

    private static Patient bind(LocatedTree tree) throws InputException {
        try {
            return Mappers.json().treeToValue(tree.root(), Patient.class);
        } catch (InvalidFormatException e) {
            throw new InputException(tree.problem(pointer(e), "the value " + e.getValue() + " is not allowed here"));
        } catch (MismatchedInputException e) {
            throw new InputException(tree.problem(pointer(e), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(tree.problem("", e.getMessage()));
        }
    }

    private static String pointer(MismatchedInputException e) {
        StringBuilder b = new StringBuilder();
        for (var ref : e.getPath()) {
            b.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return b.toString();
    }

    /** Checks every ISO date string in the tree is a real calendar date (2023-02-30 is not). */
    static final class CalendarDates {
        private CalendarDates() {
        }

        static List<InputProblem> check(LocatedTree tree) {
            List<InputProblem> problems = new ArrayList<>();
            walk(tree, tree.root(), "", problems);
            return problems;
        }

        private static void walk(LocatedTree tree, JsonNode node, String pointer, List<InputProblem> problems) {
            if (node.isObject()) {
                node.fields().forEachRemaining(e -> walk(tree, e.getValue(), pointer + "/" + e.getKey(), problems));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(tree, node.get(i), pointer + "/" + i, problems);
                }
            } else if (node.isTextual() && node.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    LocalDate.parse(node.asText());
                } catch (java.time.DateTimeException e) {
                    problems.add(tree.problem(pointer, "'" + node.asText() + "' is not a real calendar date"));
                }
            }
        }
    }
}
