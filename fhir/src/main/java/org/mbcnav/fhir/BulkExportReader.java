package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.mbcnav.model.patient.DataQualityIssue;

/**
 * Reads a FHIR Bulk Data export folder (one resource per line, one resource type per file,
 * manifest.json optional) and yields one {@link ImportResult} per patient.
 *
 * <p>Memory is bounded without assuming the export is sorted by patient. Pass one streams every
 * file line by line and appends each line, keyed by its patient, to one of N partition files on
 * disk, chosen by the hash of the patient id; N grows with the export so that a partition holds
 * about {@value #PARTITION_BYTES} bytes. Pass two loads one partition at a time, groups its
 * lines by patient and imports each patient (an export smaller than one partition is grouped in
 * memory). Peak memory is one partition plus one line, not the export. Pass one reads only the
 * top-level resourceType, id and patient reference of each line with a streaming parser
 * ({@link BulkLineParser}) and keeps the line unchanged, so each resource becomes a tree once,
 * when its patient is imported; {@link #group} and {@link #importGroup} let a caller import
 * patients on several threads. An export whose per-type files are each ordered by patient id
 * is grouped by a streaming merge instead ({@link SortedExport}: no copy of the lines, only a
 * small temporary record of which lines belong to which patient); the order is checked first,
 * never assumed. Medication resources (no patient of their own, referenced by medicationReference) are
 * kept in memory: they are a formulary, small next to the clinical data. Other resources
 * without a patient (Practitioner, Organization...) are counted and reported.
 */
public final class BulkExportReader {
    static final long PARTITION_BYTES = 64L * 1024 * 1024;

    private final FhirPatientReader reader;
    private final ObjectMapper mapper;
    private final long partitionBytes;
    private final BulkLineParser lineParser;
    private final boolean mergeOrdered;

    public BulkExportReader(DrugCodeResolver drugs) {
        this(drugs, PARTITION_BYTES, true);
    }

    /**
     * Partition size is adjustable, and the merge of ordered exports can be turned off, so that
     * tests can force the general path and several partitions on small data.
     */
    BulkExportReader(DrugCodeResolver drugs, long partitionBytes, boolean mergeOrdered) {
        this.mapper = new ObjectMapper();
        this.reader = new FhirPatientReader(drugs, mapper);
        this.partitionBytes = partitionBytes;
        this.lineParser = new BulkLineParser(mapper.getFactory());
        this.mergeOrdered = mergeOrdered;
    }

    /** Imports every patient of the export, in no particular order, one at a time into the sink. */
    public BulkSummary readAll(Path folder, Consumer<BulkPatientResult> sink) {
        int[] counts = new int[2];
        List<DataQualityIssue> issues = group(folder, g -> {
            BulkPatientResult r = importGroup(g);
            counts[r.imported() ? 0 : 1]++;
            sink.accept(r);
        });
        return new BulkSummary(counts[0], counts[1], issues);
    }

    /**
     * Groups the export by patient without importing: each patient's lines go to the sink, one
     * patient at a time, in a fixed order for a given export (partition by partition, patient ids
     * sorted within a partition). Returns the issues that belong to no patient. Import the groups
     * with {@link #importGroup}, on as many threads as wanted. Reading may use every core.
     */
    public List<DataQualityIssue> group(Path folder, Consumer<PatientGroup> sink) {
        return group(folder, Runtime.getRuntime().availableProcessors(), sink);
    }

    /** As {@link #group(Path, Consumer)}, reading on at most {@code threads} threads (the caller's when one). */
    public List<DataQualityIssue> group(Path folder, int threads, Consumer<PatientGroup> sink) {
        List<DataQualityIssue> issues = new ArrayList<>();
        List<Path> files = files(folder, issues);
        List<DataQualityIssue> merged = mergeOrdered ? new SortedExport(this).group(files, threads, new ArrayList<>(issues), sink) : null;
        return merged != null ? merged : partitioned(files, issues, sink);
    }

    /** The general path: any order of lines, through on-disk partitions (see the class comment). */
    private List<DataQualityIssue> partitioned(List<Path> files, List<DataQualityIssue> issues, Consumer<PatientGroup> sink) {
        long total = files.stream().mapToLong(BulkExportReader::size).sum();
        int partitions = (int) Math.max(1, Math.min(4096, total / partitionBytes + 1));
        Path temp = null;
        try {
            Map<String, JsonNode> medications = new HashMap<>();
            Map<String, Integer> unattached = new TreeMap<>();
            if (partitions == 1) {
                // Small export: group in memory, no temporary files.
                Map<String, List<String>> byPatient = new TreeMap<>();
                for (Path file : files) {
                    scan(file, issues, medications, unattached, (key, line) -> byPatient.computeIfAbsent(key, k -> new ArrayList<>()).add(line.text()));
                }
                reportUnattached(unattached, issues);
                Map<String, JsonNode> formulary = Map.copyOf(medications);
                byPatient.forEach((id, lines) -> sink.accept(new PatientGroup(id, lines, formulary)));
                return issues;
            }
            temp = Files.createTempDirectory("mbcnav-bulk");
            List<BufferedWriter> writers = new ArrayList<>();
            for (int i = 0; i < partitions; i++) {
                writers.add(Files.newBufferedWriter(temp.resolve("part-" + i), StandardCharsets.UTF_8));
            }
            try {
                for (Path file : files) {
                    scan(file, issues, medications, unattached, (key, line) -> {
                        try {
                            BufferedWriter w = writers.get(Math.floorMod(key.hashCode(), partitions));
                            w.write(key);
                            w.write('\t');
                            w.write(line.text());
                            w.newLine();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            } finally {
                for (BufferedWriter w : writers) {
                    w.close();
                }
            }
            reportUnattached(unattached, issues);
            Map<String, JsonNode> formulary = Map.copyOf(medications);
            for (int i = 0; i < partitions; i++) {
                Map<String, List<String>> byPatient = new TreeMap<>();
                try (BufferedReader in = Files.newBufferedReader(temp.resolve("part-" + i), StandardCharsets.UTF_8)) {
                    for (String row = in.readLine(); row != null; row = in.readLine()) {
                        int tab = row.indexOf('\t');
                        byPatient.computeIfAbsent(row.substring(0, tab), k -> new ArrayList<>()).add(row.substring(tab + 1));
                    }
                }
                Files.delete(temp.resolve("part-" + i));
                byPatient.forEach((id, lines) -> sink.accept(new PatientGroup(id, lines, formulary)));
            }
            return issues;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot group the bulk export (temporary partition files)", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Imports one patient's lines. Thread-safe: groups may be imported concurrently. */
    public BulkPatientResult importGroup(PatientGroup group) {
        List<JsonNode> resources = new ArrayList<>(group.lines().size());
        for (String line : group.lines()) {
            try {
                resources.add(mapper.readTree(line));
            } catch (IOException e) {
                // Lines reach a group only after they parsed once; this cannot happen for a grouped export.
                throw new UncheckedIOException(e);
            }
        }
        return importOne(group.patientId(), resources, group.medications());
    }

    /**
     * Imports one patient only. Every file is still streamed, but only that patient's lines (and
     * the Medications) are kept, so memory is one patient's record.
     */
    public BulkSummary readPatient(Path folder, String patientId, Consumer<BulkPatientResult> sink) {
        List<DataQualityIssue> issues = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Map<String, JsonNode> medications = new HashMap<>();
        Map<String, Integer> unattached = new TreeMap<>();
        for (Path file : files(folder, issues)) {
            scan(file, issues, medications, unattached, (key, line) -> {
                if (key.equals(patientId)) {
                    lines.add(line.text());
                }
            });
        }
        if (lines.isEmpty()) {
            issues.add(new DataQualityIssue("error", folder.toString(), "Patient/" + patientId, "no resource of this patient in the export"));
            return new BulkSummary(0, 0, issues);
        }
        BulkPatientResult r = importGroup(new PatientGroup(patientId, lines, medications));
        sink.accept(r);
        return new BulkSummary(r.imported() ? 1 : 0, r.imported() ? 0 : 1, issues);
    }

    /** Where a patient's line goes: her id and the line (its text and number, valid during the call). */
    interface LineSink {
        void accept(String patientId, NdjsonLines line);
    }

    private void scan(Path file, List<DataQualityIssue> issues, Map<String, JsonNode> medications,
            Map<String, Integer> unattached, LineSink sink) {
        scan(file, issues, medications, unattached, sink, () -> false);
    }

    /**
     * Reads one file line by line: malformed lines become issues, Medications go to the
     * formulary, resources without a patient are counted, and each patient's line goes to the
     * sink. Stops early once {@code stop} is true. Returns false when the file cannot be read
     * (reported as an issue).
     */
    boolean scan(Path file, List<DataQualityIssue> issues, Map<String, JsonNode> medications,
            Map<String, Integer> unattached, LineSink sink, BooleanSupplier stop) {
        try (NdjsonLines lines = NdjsonLines.open(file)) {
            while (!stop.getAsBoolean() && lines.next()) {
                BulkLine c = lineParser.classify(lines.bytes(), lines.start(), lines.length());
                switch (c.kind()) {
                    case BLANK -> { }
                    case MALFORMED -> issues.add(c.issue(file.getFileName().toString(), lines.number()));
                    case MEDICATION -> medications.put(c.medicationKey(), mapper.readTree(lines.text()));
                    case UNATTACHED -> unattached.merge(c.resourceType(), 1, Integer::sum);
                    case PATIENT_RESOURCE -> sink.accept(c.patientId(), lines);
                }
            }
            return true;
        } catch (IOException e) {
            issues.add(new DataQualityIssue("error", file.toString(), "file", "cannot be read: " + e.getMessage()));
            return false;
        }
    }

    /** The id of the patient a resource belongs to: its own id for a Patient, else its subject or patient. */
    static String patientKey(JsonNode resource) {
        if ("Patient".equals(resource.path("resourceType").asText())) {
            return resource.path("id").asText(null);
        }
        for (String field : List.of("subject", "patient")) {
            String ref = resource.path(field).path("reference").asText(null);
            if (ref != null) {
                return PatientReference.key(ref);
            }
        }
        return null;
    }

    /**
     * The patient's resources, then the Medications they reference, read as the entries of one
     * collection Bundle (without building the Bundle).
     */
    private BulkPatientResult importOne(String id, List<JsonNode> resources, Map<String, JsonNode> medications) {
        List<JsonNode> entries = new ArrayList<>(resources);
        List<String> referenced = new ArrayList<>();
        for (JsonNode r : resources) {
            String med = r.path("medicationReference").path("reference").asText(null);
            if (med != null && medications.containsKey(med) && !referenced.contains(med)) {
                referenced.add(med);
            }
        }
        referenced.forEach(m -> entries.add(medications.get(m)));
        try {
            return new BulkPatientResult(id, reader.read(entries), null);
        } catch (FhirImportException e) {
            return new BulkPatientResult(id, null, e);
        }
    }

    /** The export's output files: those named in manifest.json (relative URLs), else every *.ndjson file of the folder. */
    public List<Path> files(Path folder, List<DataQualityIssue> issues) {
        Path manifest = folder.resolve("manifest.json");
        List<Path> out = new ArrayList<>();
        if (Files.isRegularFile(manifest)) {
            try {
                JsonNode m = mapper.readTree(manifest.toFile());
                for (JsonNode o : m.path("output")) {
                    String url = o.path("url").asText("");
                    if (url.contains("://")) {
                        issues.add(new DataQualityIssue("warning", "manifest.json", url,
                                "remote output files are not downloaded by the reader; fetch them into the folder first"));
                        continue;
                    }
                    Path f = folder.resolve(url);
                    if (Files.isRegularFile(f)) {
                        out.add(f);
                    } else {
                        issues.add(new DataQualityIssue("error", "manifest.json", url, "listed output file is missing"));
                    }
                }
                if (m.path("error").size() > 0) {
                    issues.add(new DataQualityIssue("warning", "manifest.json", "error",
                            m.path("error").size() + " error file(s) listed by the server; read them for what was not exported"));
                }
                return out;
            } catch (IOException e) {
                issues.add(new DataQualityIssue("warning", "manifest.json", "manifest", "unreadable (" + e.getMessage()
                        + "); every .ndjson file of the folder is read instead"));
            }
        }
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> p.toString().endsWith(".ndjson") || p.toString().endsWith(".ndjson.gz"))
                    .sorted(Comparator.comparing(Path::toString)).forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return out;
    }

    private static void reportUnattached(Map<String, Integer> unattached, List<DataQualityIssue> issues) {
        unattached.forEach((type, n) -> issues.add(BulkLine.unattachedIssue(type, n)));
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp folder is harmless and the import result does not depend on it.
        }
    }
}
