package org.mbcnav.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mbcnav.model.course.AdverseEvent;
import org.mbcnav.model.course.BiopsyEvent;
import org.mbcnav.model.course.Course;
import org.mbcnav.model.course.CourseEvent;
import org.mbcnav.model.course.CtdnaFinding;
import org.mbcnav.model.course.CtdnaResult;
import org.mbcnav.model.course.DoseChange;
import org.mbcnav.model.course.EventType;
import org.mbcnav.model.course.Lesion;
import org.mbcnav.model.course.MonitoringCheck;
import org.mbcnav.model.course.ProgressionEvent;
import org.mbcnav.model.course.Scan;
import org.mbcnav.model.course.TreatmentStart;
import org.mbcnav.model.course.TreatmentStop;
import org.mbcnav.model.patient.Patient;

/**
 * Reads a course file (docs/course-tracking.md): the patient as a native patient under
 * `patient`, and `events`, each a mapping with a `type`. Every problem is reported with its
 * JSON pointer, line and column; the patient is checked exactly as a patient file is.
 */
public final class CourseReader {
    private static final Set<String> TOP = Set.of("id", "title", "patient", "events");
    private static final Set<String> CHECK_KINDS = Set.of("imaging", "lab", "ecg", "echo", "visit", "ctdna", "symptom-check");

    private final LocatingReader reader = new LocatingReader();
    private final Set<String> knownDrugs;

    public CourseReader(Set<String> knownDrugs) {
        this.knownDrugs = Set.copyOf(knownDrugs);
    }

    public Course read(Path file, LocalDate asOf) throws InputException {
        try {
            if (Files.size(file) > LocatingReader.MAX_CHARS) {
                throw new InputException(new InputProblem(file.toString(), "", 0, 0, "the file is too large"));
            }
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString(), asOf);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", 0, 0, "cannot be read: " + e.getMessage()));
        }
    }

    public Course read(String text, String name, LocalDate asOf) throws InputException {
        LocatedTree tree = reader.read(text, name);
        List<InputProblem> problems = new ArrayList<>(PatientReader.CalendarDates.check(tree));
        JsonNode root = tree.root();
        if (!root.isObject()) {
            throw new InputException(tree.problem("", "a course file is a mapping with patient and events"));
        }
        root.fieldNames().forEachRemaining(f -> {
            if (!TOP.contains(f)) {
                problems.add(tree.problem("/" + f, "unknown field '" + f + "' (a course has id, title, patient, events)"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<CourseEvent> events = new ArrayList<>();
        JsonNode ev = root.get("events");
        if (ev != null && !ev.isNull() && !ev.isArray()) {
            problems.add(tree.problem("/events", "expected a list of events"));
        } else if (ev != null && ev.isArray()) {
            for (int i = 0; i < ev.size(); i++) {
                CourseEvent e = event(tree, ev.get(i), "/events/" + i, problems);
                if (e != null) {
                    events.add(e);
                }
            }
        }
        LocalDate patientAsOf = events.stream().map(CourseEvent::date).filter(d -> d != null).min(LocalDate::compareTo)
                .orElse(asOf);
        Patient patient = null;
        if (root.get("patient") == null || !root.get("patient").isObject()) {
            problems.add(tree.problem("/patient", "the required field 'patient' (a native patient) is missing"));
        } else {
            try {
                patient = new PatientReader(knownDrugs).read(subtree(tree, "/patient"), patientAsOf);
            } catch (InputException e) {
                e.problems().forEach(p -> problems.add(new InputProblem(p.file(), "/patient" + p.pointer(), p.line(),
                        p.column(), p.message())));
            }
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).date() != null && events.get(i).date().isAfter(asOf)) {
                problems.add(tree.problem("/events/" + i + "/date", "the event is dated after the as-of date " + asOf));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Course(text(root, "id"), text(root, "title"), patient, events);
    }

    /** Reads and checks one event node (also used to validate an event before it is appended). */
    public CourseEvent event(LocatedTree tree, JsonNode node, String pointer, List<InputProblem> problems) {
        if (!node.isObject()) {
            problems.add(tree.problem(pointer, "an event is a mapping with a type and a date"));
            return null;
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            problems.add(tree.problem(pointer, "the required field 'type' is missing (one of " + codes() + ")"));
            return null;
        }
        EventType t = EventType.ofCode(type.asText()).orElse(null);
        if (t == null) {
            problems.add(tree.problem(pointer + "/type", "'" + type.asText() + "' is not an event type (one of " + codes() + ")"));
            return null;
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove("type");
        CourseEvent e;
        try {
            e = Mappers.json().treeToValue(copy, t.recordType());
        } catch (InvalidFormatException ex) {
            problems.add(tree.problem(pointer + path(ex), "the value " + ex.getValue() + " is not allowed here"));
            return null;
        } catch (MismatchedInputException ex) {
            problems.add(tree.problem(pointer + path(ex), ex.getOriginalMessage()));
            return null;
        } catch (IOException ex) {
            problems.add(tree.problem(pointer, ex.getMessage()));
            return null;
        }
        List<String[]> found = new ArrayList<>();
        if (e.date() == null) {
            found.add(new String[] {"date", "the required field 'date' is missing"});
        }
        check(e, found);
        found.forEach(f -> problems.add(tree.problem(pointer + (f[0].isEmpty() ? "" : "/" + f[0]), f[1])));
        return found.isEmpty() ? e : null;
    }

    private void check(CourseEvent e, List<String[]> out) {
        switch (e) {
            case Scan s -> {
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < s.lesions().size(); i++) {
                    Lesion l = s.lesions().get(i);
                    String at = "lesions/" + i;
                    if (l.id() == null || l.id().isBlank()) {
                        out.add(new String[] {at, "the required field 'id' is missing"});
                    } else if (!ids.add(l.id())) {
                        out.add(new String[] {at + "/id", "lesion '" + l.id() + "' appears twice"});
                    }
                    if (l.mm() != null && l.mm() < 0) {
                        out.add(new String[] {at + "/mm", "a measurement cannot be negative"});
                    }
                    l.fragments().stream().filter(f -> f < 0).findFirst()
                            .ifPresent(f -> out.add(new String[] {at + "/fragments", "a measurement cannot be negative"}));
                    if (s.startsSeries() && l.organ() == null) {
                        out.add(new String[] {at, "the required field 'organ' is missing (baseline lesions name their organ)"});
                    }
                }
                for (int i = 0; i < s.newLesions().size(); i++) {
                    if (s.newLesions().get(i).id() == null) {
                        out.add(new String[] {"newLesions/" + i, "the required field 'id' is missing"});
                    }
                }
                if (s.startsSeries() && !s.newLesions().isEmpty()) {
                    out.add(new String[] {"newLesions", "a baseline scan has no new lesions; record every lesion under lesions"});
                }
            }
            case AdverseEvent a -> {
                if (a.term() == null && a.lab() == null) {
                    out.add(new String[] {"term", "give the CTCAE term (with grade) or a lab value"});
                }
                if (a.grade() != null && (a.grade() < 1 || a.grade() > 5)) {
                    out.add(new String[] {"grade", "a CTCAE grade is 1 to 5"});
                }
                if (a.lab() == null && a.grade() == null) {
                    out.add(new String[] {"grade", "the grade is required unless a lab value is given"});
                }
                if (a.lab() != null && a.lab().test() == null) {
                    out.add(new String[] {"lab/test", "the required field 'test' is missing"});
                }
                unknownDrugs(a.drugs(), "drugs", out);
            }
            case CtdnaResult c -> {
                if (c.findings().isEmpty()) {
                    out.add(new String[] {"findings", "a ctDNA result needs at least one finding (gene and result)"});
                }
                for (int i = 0; i < c.findings().size(); i++) {
                    CtdnaFinding f = c.findings().get(i);
                    if (f.gene() == null) {
                        out.add(new String[] {"findings/" + i, "the required field 'gene' is missing"});
                    }
                    if (f.result() == null) {
                        out.add(new String[] {"findings/" + i, "the required field 'result' is missing"});
                    }
                    if (f.vaf() != null && (f.vaf() < 0 || f.vaf() > 1)) {
                        out.add(new String[] {"findings/" + i + "/vaf", "the allele fraction is between 0 and 1"});
                    }
                }
            }
            case ProgressionEvent p -> {
                if (p.basis() == null) {
                    out.add(new String[] {"basis", "the required field 'basis' is missing (recist or clinical)"});
                }
            }
            case TreatmentStart t -> {
                if (t.drugs().isEmpty()) {
                    out.add(new String[] {"drugs", "a regimen needs at least one drug"});
                }
                unknownDrugs(t.drugs(), "drugs", out);
            }
            case TreatmentStop t -> {
                if (t.reason() == null) {
                    out.add(new String[] {"reason", "the required field 'reason' is missing"});
                }
            }
            case DoseChange d -> {
                if (d.drug() == null) {
                    out.add(new String[] {"drug", "the required field 'drug' is missing"});
                }
                if (d.dose() == null) {
                    out.add(new String[] {"dose", "the required field 'dose' (a dose level) is missing"});
                }
            }
            case BiopsyEvent b -> {
                if (b.biopsy() == null) {
                    out.add(new String[] {"biopsy", "the required field 'biopsy' is missing"});
                }
            }
            case MonitoringCheck c -> {
                if (c.kind() == null || !CHECK_KINDS.contains(c.kind())) {
                    out.add(new String[] {"kind", "'" + c.kind() + "' is not one of " + new java.util.TreeSet<>(CHECK_KINDS)});
                }
            }
        }
    }

    private void unknownDrugs(List<String> drugs, String field, List<String[]> out) {
        for (int i = 0; i < drugs.size(); i++) {
            if (!knownDrugs.contains(drugs.get(i))) {
                out.add(new String[] {field + "/" + i, "unknown drug '" + drugs.get(i) + "' (not in knowledge/drugs.yaml)"});
            }
        }
    }

    /** The subtree at pointer as a tree of its own, keeping line and column of every value. */
    static LocatedTree subtree(LocatedTree tree, String pointer) {
        Map<String, int[]> locations = new HashMap<>();
        tree.locations().forEach((p, at) -> {
            if (p.equals(pointer) || p.startsWith(pointer + "/")) {
                locations.put(p.substring(pointer.length()), at);
            }
        });
        return new LocatedTree(tree.file(), tree.root().at(pointer), Map.copyOf(locations));
    }

    private static String path(MismatchedInputException e) {
        StringBuilder b = new StringBuilder();
        for (var ref : e.getPath()) {
            b.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return b.toString();
    }

    private static String text(JsonNode root, String field) {
        JsonNode v = root.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String codes() {
        List<String> out = new ArrayList<>();
        for (EventType t : EventType.values()) {
            out.add(t.code());
        }
        return String.join(", ", out);
    }

}
