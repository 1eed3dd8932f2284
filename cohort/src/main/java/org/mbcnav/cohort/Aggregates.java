package org.mbcnav.cohort;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mbcnav.model.patient.DataQualityIssue;

/**
 * The population counts of a cohort run (definitions in docs/cohort.md). Every count comes with
 * its denominator in the same report. Mergeable and order-independent: the in-process engine
 * adds patients on one thread, the Spark job adds them per partition and merges, and both give
 * the same {@link #toMap()} for the same input. Not thread-safe.
 */
public final class Aggregates implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Malformed lines beyond this many are counted but not listed, so the report stays readable. */
    static final int LISTED_FILE_ISSUES = 1000;

    private final TreeMap<String, Long> status = new TreeMap<>();
    private final TreeMap<String, TreeMap<Integer, Long>> subtypeByLine = new TreeMap<>();
    private final TreeMap<String, Long> subtypes = new TreeMap<>();
    private final TreeMap<String, TreeMap<String, Long>> eligibleBySubtype = new TreeMap<>();
    private final TreeMap<String, Long> eligible = new TreeMap<>();
    private final TreeMap<String, TreeMap<String, Long>> missingBySubtype = new TreeMap<>();
    private final TreeMap<String, Long> missing = new TreeMap<>();
    private final TreeMap<Integer, long[]> concordanceByLine = new TreeMap<>();
    private final TreeMap<String, long[]> concordanceBySubtype = new TreeMap<>();
    private final TreeMap<String, Long> trials = new TreeMap<>();
    private long patientsWithEligibleTrial;
    private final TreeMap<String, Long> issuesBySeverity = new TreeMap<>();
    private final TreeMap<String, Long> patientsWithIssue = new TreeMap<>();
    private final TreeMap<String, Long> notImportedReasons = new TreeMap<>();
    private final ArrayList<DataQualityIssue> fileIssues = new ArrayList<>();
    private final TreeMap<String, Long> fileIssuesBySeverity = new TreeMap<>();
    private long malformedLines;
    private final TreeMap<String, Long> gained = new TreeMap<>();
    private final TreeMap<String, Long> lost = new TreeMap<>();
    private long patientsChanged;
    private boolean compared;

    public Aggregates add(PatientOutcome p) {
        status.merge(p.status(), 1L, Long::sum);
        p.issues().forEach((severity, n) -> {
            issuesBySeverity.merge(severity, (long) n, Long::sum);
            patientsWithIssue.merge(severity, 1L, Long::sum);
        });
        if (PatientOutcome.NOT_IMPORTED.equals(p.status())) {
            notImportedReasons.merge(p.problem(), 1L, Long::sum);
            return this;
        }
        if (!PatientOutcome.PLANNED.equals(p.status())) {
            return this;
        }
        String s = p.subtype();
        subtypes.merge(s, 1L, Long::sum);
        subtypeByLine.computeIfAbsent(s, k -> new TreeMap<>()).merge(p.line(), 1L, Long::sum);
        for (String o : p.options()) {
            eligible.merge(o, 1L, Long::sum);
            eligibleBySubtype.computeIfAbsent(s, k -> new TreeMap<>()).merge(o, 1L, Long::sum);
        }
        for (String t : p.missingTests()) {
            missing.merge(t, 1L, Long::sum);
            missingBySubtype.computeIfAbsent(s, k -> new TreeMap<>()).merge(t, 1L, Long::sum);
        }
        for (CourseJudgement c : p.courses()) {
            count(concordanceByLine.computeIfAbsent(c.line(), k -> new long[3]), c);
            count(concordanceBySubtype.computeIfAbsent(s, k -> new long[3]), c);
        }
        p.eligibleTrials().forEach(t -> trials.merge(t, 1L, Long::sum));
        if (!p.eligibleTrials().isEmpty()) {
            patientsWithEligibleTrial++;
        }
        p.gained().forEach(o -> gained.merge(o, 1L, Long::sum));
        p.lost().forEach(o -> lost.merge(o, 1L, Long::sum));
        if (!p.gained().isEmpty() || !p.lost().isEmpty()) {
            patientsChanged++;
        }
        return this;
    }

    private static void count(long[] c, CourseJudgement j) {
        c[0]++;
        c[1] += j.anyDrug() ? 1 : 0;
        c[2] += j.exact() ? 1 : 0;
    }

    /** Issues of the export that belong to no patient: malformed lines (file and line), manifest problems... */
    public Aggregates addFileIssues(List<DataQualityIssue> issues) {
        for (DataQualityIssue i : issues) {
            fileIssuesBySeverity.merge(i.severity(), 1L, Long::sum);
            if ("NDJSON line".equals(i.what())) {
                malformedLines++;
            }
            fileIssues.add(i);
        }
        fileIssues.sort(FILE_ORDER);
        if (fileIssues.size() > LISTED_FILE_ISSUES) {
            fileIssues.subList(LISTED_FILE_ISSUES, fileIssues.size()).clear();
        }
        return this;
    }

    /** Marks the run as a knowledge comparison, so that zero changes are reported as zero, not omitted. */
    public Aggregates compared() {
        compared = true;
        return this;
    }

    public Aggregates merge(Aggregates o) {
        mergeCounts(status, o.status);
        o.subtypeByLine.forEach((k, v) -> mergeCounts(subtypeByLine.computeIfAbsent(k, x -> new TreeMap<>()), v));
        mergeCounts(subtypes, o.subtypes);
        o.eligibleBySubtype.forEach((k, v) -> mergeCounts(eligibleBySubtype.computeIfAbsent(k, x -> new TreeMap<>()), v));
        mergeCounts(eligible, o.eligible);
        o.missingBySubtype.forEach((k, v) -> mergeCounts(missingBySubtype.computeIfAbsent(k, x -> new TreeMap<>()), v));
        mergeCounts(missing, o.missing);
        o.concordanceByLine.forEach((k, v) -> addAll(concordanceByLine.computeIfAbsent(k, x -> new long[3]), v));
        o.concordanceBySubtype.forEach((k, v) -> addAll(concordanceBySubtype.computeIfAbsent(k, x -> new long[3]), v));
        mergeCounts(trials, o.trials);
        patientsWithEligibleTrial += o.patientsWithEligibleTrial;
        mergeCounts(issuesBySeverity, o.issuesBySeverity);
        mergeCounts(patientsWithIssue, o.patientsWithIssue);
        mergeCounts(notImportedReasons, o.notImportedReasons);
        mergeCounts(gained, o.gained);
        mergeCounts(lost, o.lost);
        patientsChanged += o.patientsChanged;
        compared |= o.compared;
        List<DataQualityIssue> theirs = new ArrayList<>(o.fileIssues);
        malformedLines += o.malformedLines;
        o.fileIssuesBySeverity.forEach((k, v) -> fileIssuesBySeverity.merge(k, v, Long::sum));
        fileIssues.addAll(theirs);
        fileIssues.sort(FILE_ORDER);
        if (fileIssues.size() > LISTED_FILE_ISSUES) {
            fileIssues.subList(LISTED_FILE_ISSUES, fileIssues.size()).clear();
        }
        return this;
    }

    private static final Comparator<DataQualityIssue> FILE_ORDER = Comparator.comparing(DataQualityIssue::where)
            .thenComparing(DataQualityIssue::what).thenComparing(DataQualityIssue::reason);

    private static <K> void mergeCounts(Map<K, Long> into, Map<K, Long> from) {
        from.forEach((k, v) -> into.merge(k, v, Long::sum));
    }

    private static void addAll(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    public long count(String status) {
        return this.status.getOrDefault(status, 0L);
    }

    public long planned() {
        return count(PatientOutcome.PLANNED);
    }

    public long patients() {
        return status.values().stream().mapToLong(Long::longValue).sum();
    }

    public long malformedLines() {
        return malformedLines;
    }

    /** One count per key over the planned patients, and the same split by subtype with its denominators. */
    private Map<String, Object> countsBySubtype(long planned, TreeMap<String, Long> patients,
                                                TreeMap<String, TreeMap<String, Long>> bySubtype) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("denominator", planned);
        section.put("patients", patients);
        section.put("bySubtype", withDenominators(bySubtype));
        return section;
    }

    /**
     * The report as nested maps in a fixed order (keys sorted), ready to be written as JSON. Each
     * count is next to its denominator.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        long planned = planned();
        m.put("patients", patients());
        m.put("status", status);
        Map<String, Object> byLine = new LinkedHashMap<>();
        byLine.put("denominator", planned);
        byLine.put("counts", subtypeByLine);
        m.put("subtypeByLine", byLine);
        m.put("subtypes", subtypes);
        m.put("eligibleForOption", countsBySubtype(planned, eligible, eligibleBySubtype));
        m.put("missingTests", countsBySubtype(planned, missing, missingBySubtype));
        Map<String, Object> conc = new LinkedHashMap<>();
        conc.put("total", concordance(concordanceByLine.values().stream().reduce(new long[3], Aggregates::sum)));
        Map<String, Object> cl = new LinkedHashMap<>();
        concordanceByLine.forEach((k, v) -> cl.put(String.valueOf(k), concordance(v)));
        conc.put("byLine", cl);
        Map<String, Object> cs = new LinkedHashMap<>();
        concordanceBySubtype.forEach((k, v) -> cs.put(k, concordance(v)));
        conc.put("bySubtype", cs);
        m.put("concordance", conc);
        Map<String, Object> tr = new LinkedHashMap<>();
        tr.put("denominator", planned);
        tr.put("patientsWithAnEligibleTrial", patientsWithEligibleTrial);
        tr.put("byTrial", trials);
        m.put("trials", tr);
        Map<String, Object> dq = new LinkedHashMap<>();
        dq.put("malformedLines", malformedLines);
        dq.put("fileIssuesBySeverity", fileIssuesBySeverity);
        List<Map<String, String>> listed = new ArrayList<>();
        for (DataQualityIssue i : fileIssues) {
            Map<String, String> x = new LinkedHashMap<>();
            x.put("severity", i.severity());
            x.put("where", i.where());
            x.put("what", i.what());
            x.put("reason", i.reason());
            listed.add(x);
        }
        dq.put("fileIssues", listed);
        dq.put("notImportedReasons", notImportedReasons);
        dq.put("importIssuesBySeverity", issuesBySeverity);
        dq.put("patientsWithImportIssue", patientsWithIssue);
        m.put("dataQuality", dq);
        if (compared) {
            Map<String, Object> kb = new LinkedHashMap<>();
            kb.put("denominator", planned);
            kb.put("patientsChanged", patientsChanged);
            kb.put("gained", gained);
            kb.put("lost", lost);
            m.put("knowledgeComparison", kb);
        }
        return m;
    }

    private Map<String, Object> withDenominators(TreeMap<String, TreeMap<String, Long>> bySubtype) {
        Map<String, Object> out = new LinkedHashMap<>();
        bySubtype.forEach((s, counts) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("denominator", subtypes.getOrDefault(s, 0L));
            x.put("patients", counts);
            out.put(s, x);
        });
        return out;
    }

    private static long[] sum(long[] a, long[] b) {
        return new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    private static Map<String, Long> concordance(long[] c) {
        Map<String, Long> x = new LinkedHashMap<>();
        x.put("courses", c[0]);
        x.put("drugInAnOption", c[1]);
        x.put("exactOption", c[2]);
        return x;
    }
}
