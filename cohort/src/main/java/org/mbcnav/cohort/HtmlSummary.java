package org.mbcnav.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.mbcnav.model.knowledge.Knowledge;

/**
 * The cohort report as one self-contained HTML page (no scripts, no external files): tables
 * with every count and its denominator, and inline SVG bar charts. Built from
 * {@link Aggregates#toMap()} so that it shows exactly what aggregates.json holds.
 */
final class HtmlSummary {
    private static final int TOP_OPTIONS = 40;
    private final SvgBars bars = new SvgBars();

    @SuppressWarnings("unchecked")
    String render(Aggregates a, String asOf, Knowledge k, Knowledge previous) {
        Map<String, Object> m = a.toMap();
        long planned = a.planned();
        StringBuilder sb = new StringBuilder();
        sb.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>MBC Navigator cohort report</title>")
                .append("<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#1b2430}")
                .append("table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #c9d1db;padding:.2em .6em;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}.note{background:#fff6e0;padding:.6em 1em;border-left:4px solid #e0a800}</style>")
                .append("</head><body>");
        sb.append("<h1>Cohort report</h1>");
        sb.append("<p class=\"note\">").append(Html.escape(k.release().disclaimer())).append("</p>");
        sb.append("<p>As of ").append(Html.escape(asOf)).append(", knowledge ").append(Html.escape(k.release().version()));
        if (previous != null) {
            sb.append(" compared with ").append(Html.escape(previous.release().version()));
        }
        sb.append(". Definitions of every count: docs/cohort.md.</p>");

        sb.append("<h2>Patients</h2>");
        table(sb, List.of("status", "patients"), rows((Map<String, Long>) m.get("status")));
        sb.append("<p>").append(String.format(Locale.ROOT, "%,d", a.patients())).append(" patients in the export, ")
                .append(String.format(Locale.ROOT, "%,d", planned)).append(" planned (metastatic). Shares below are of planned patients unless said otherwise.</p>");

        sb.append("<h2>Subtype by line of therapy</h2>");
        Map<String, Map<Integer, Long>> byLine = (Map<String, Map<Integer, Long>>) ((Map<String, Object>) m.get("subtypeByLine")).get("counts");
        TreeSet<Integer> lines = new TreeSet<>();
        byLine.values().forEach(x -> lines.addAll(x.keySet()));
        List<String> head = new ArrayList<>(List.of("subtype"));
        lines.forEach(l -> head.add("line " + l));
        head.add("total");
        List<List<String>> body = new ArrayList<>();
        byLine.forEach((s, counts) -> {
            List<String> row = new ArrayList<>(List.of(s));
            lines.forEach(l -> row.add(num(counts.getOrDefault(l, 0L))));
            row.add(num(counts.values().stream().mapToLong(Long::longValue).sum()));
            body.add(row);
        });
        table(sb, head, body);
        List<SvgBars.Bar> subtypeBars = new ArrayList<>();
        ((Map<String, Long>) m.get("subtypes")).forEach((s, n) -> subtypeBars.add(new SvgBars.Bar(s, n, planned)));
        sb.append(bars.render("Subtypes of planned patients", subtypeBars));

        sb.append("<h2>Eligible for each option</h2><p>Patients for whom the plan offers the option (top ").append(TOP_OPTIONS).append(").</p>");
        Map<String, Long> eligible = (Map<String, Long>) ((Map<String, Object>) m.get("eligibleForOption")).get("patients");
        sb.append(bars.render("Share eligible per option", top(eligible, planned)));

        sb.append("<h2>Missing tests</h2><p>Patients whose plan names the test as missing (a test not done that would change the plan), by subtype.</p>");
        Map<String, Map<String, Object>> missing = (Map<String, Map<String, Object>>) ((Map<String, Object>) m.get("missingTests")).get("bySubtype");
        List<List<String>> mrows = new ArrayList<>();
        missing.forEach((s, x) -> ((Map<String, Long>) x.get("patients")).forEach((t, n) ->
                mrows.add(List.of(s, t, num(n), num((Long) x.get("denominator")), pct(n, (Long) x.get("denominator"))))));
        table(sb, List.of("subtype", "test", "patients", "of", "share"), mrows);
        sb.append(bars.render("Missing tests, all planned patients", top((Map<String, Long>) ((Map<String, Object>) m.get("missingTests")).get("patients"), planned)));

        sb.append("<h2>Concordance of treatment given with the plan at the time</h2>");
        sb.append("<p>Each metastatic course started on or before the as-of date, judged against the plan computed as of its start date from the history before it.</p>");
        Map<String, Object> conc = (Map<String, Object>) m.get("concordance");
        List<List<String>> crows = new ArrayList<>();
        List<SvgBars.Bar> cbars = new ArrayList<>();
        ((Map<String, Map<String, Long>>) conc.get("byLine")).forEach((l, c) -> {
            crows.add(List.of("line " + l, num(c.get("courses")), num(c.get("drugInAnOption")), pct(c.get("drugInAnOption"), c.get("courses")),
                    num(c.get("exactOption")), pct(c.get("exactOption"), c.get("courses"))));
            cbars.add(new SvgBars.Bar("line " + l + ": a drug in an option", c.get("drugInAnOption"), c.get("courses")));
        });
        Map<String, Long> total = (Map<String, Long>) conc.get("total");
        crows.add(List.of("all lines", num(total.get("courses")), num(total.get("drugInAnOption")), pct(total.get("drugInAnOption"), total.get("courses")),
                num(total.get("exactOption")), pct(total.get("exactOption"), total.get("courses"))));
        table(sb, List.of("line at start", "courses", "a drug in an option", "share", "exactly an option", "share"), crows);
        sb.append(bars.render("Concordance by line", cbars));

        sb.append("<h2>Clinical trials</h2>");
        Map<String, Object> trials = (Map<String, Object>) m.get("trials");
        sb.append("<p>Patients with at least one trial matched as eligible: ").append(num((Long) trials.get("patientsWithAnEligibleTrial")))
                .append(" of ").append(num(planned)).append(".</p>");
        table(sb, List.of("trial", "eligible patients"), rows((Map<String, Long>) trials.get("byTrial")));

        sb.append("<h2>Data quality</h2>");
        Map<String, Object> dq = (Map<String, Object>) m.get("dataQuality");
        sb.append("<p>Malformed NDJSON lines (skipped): ").append(num((Long) dq.get("malformedLines"))).append(".</p>");
        List<List<String>> frows = new ArrayList<>();
        ((List<Map<String, String>>) dq.get("fileIssues")).forEach(i -> frows.add(List.of(i.get("where"), i.get("severity"), i.get("what"), i.get("reason"))));
        table(sb, List.of("where", "severity", "what", "reason"), frows);
        sb.append("<h3>Patients not imported, by reason</h3>");
        table(sb, List.of("reason", "patients"), rows((Map<String, Long>) dq.get("notImportedReasons")));
        sb.append("<h3>Import issues</h3>");
        List<List<String>> irows = new ArrayList<>();
        Map<String, Long> patientsWith = (Map<String, Long>) dq.get("patientsWithImportIssue");
        ((Map<String, Long>) dq.get("importIssuesBySeverity")).forEach((sev, n) -> irows.add(List.of(sev, num(n), num(patientsWith.getOrDefault(sev, 0L)), num(a.patients()))));
        table(sb, List.of("severity", "issues", "patients with one", "of"), irows);

        Map<String, Object> kb = (Map<String, Object>) m.get("knowledgeComparison");
        if (kb != null) {
            sb.append("<h2>What the knowledge update changes</h2><p>Planned patients whose options change: ")
                    .append(num((Long) kb.get("patientsChanged"))).append(" of ").append(num(planned)).append(".</p>");
            sb.append(bars.render("Patients gaining the option", top((Map<String, Long>) kb.get("gained"), planned)));
            sb.append(bars.render("Patients losing the option", top((Map<String, Long>) kb.get("lost"), planned)));
        }
        return sb.append("</body></html>\n").toString();
    }

    private static List<SvgBars.Bar> top(Map<String, Long> counts, long denominator) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_OPTIONS).map(e -> new SvgBars.Bar(e.getKey(), e.getValue(), denominator)).toList();
    }

    private static List<List<String>> rows(Map<String, Long> counts) {
        List<List<String>> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(List.of(k, num(v))));
        return out;
    }

    private static void table(StringBuilder sb, List<String> head, List<List<String>> rows) {
        sb.append("<table><tr>");
        head.forEach(h -> sb.append("<th>").append(Html.escape(h)).append("</th>"));
        sb.append("</tr>");
        for (List<String> r : rows) {
            sb.append("<tr>");
            r.forEach(c -> sb.append("<td>").append(Html.escape(c)).append("</td>"));
            sb.append("</tr>");
        }
        sb.append("</table>");
    }

    private static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String pct(long n, long d) {
        return d == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / d);
    }
}
