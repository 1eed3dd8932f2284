package org.mbcnav.cohort;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mbcnav.model.knowledge.Knowledge;

/**
 * The files of a cohort report. Each is written under a temporary name and moved into place, so
 * a run that stops half-way leaves the previous report intact and a re-run replaces the files
 * rather than appending to them: the same input gives the same bytes.
 */
public final class ReportFiles {
    public static final String PLANS = "plans.ndjson";
    public static final String AGGREGATES = "aggregates.json";
    public static final String SUMMARY = "summary.html";

    private ReportFiles() {
    }

    /** The aggregates as the JSON document written to aggregates.json. */
    public static String aggregatesJson(Aggregates a, String asOf, Knowledge k, Knowledge previous, ObjectMapper json) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asOf", asOf);
        doc.put("knowledgeVersion", k.release().version());
        if (previous != null) {
            doc.put("comparedWithKnowledgeVersion", previous.release().version());
        }
        doc.putAll(a.toMap());
        doc.put("disclaimer", k.release().disclaimer());
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return json.writer(pretty).writeValueAsString(doc) + "\n";
    }

    /** The HTML summary page of the aggregates. */
    public static String summaryHtml(Aggregates a, String asOf, Knowledge k, Knowledge previous) {
        return new HtmlSummary().render(a, asOf, k, previous);
    }

    /** Writes aggregates.json and summary.html into the folder, replacing earlier ones. */
    public static void writeReport(Path out, Aggregates a, String asOf, Knowledge k, Knowledge previous, ObjectMapper json) throws IOException {
        Files.createDirectories(out);
        replace(out.resolve(AGGREGATES), aggregatesJson(a, asOf, k, previous, json));
        replace(out.resolve(SUMMARY), summaryHtml(a, asOf, k, previous));
    }

    static void replace(Path target, String text) throws IOException {
        org.mbcnav.io.AtomicFiles.writeString(target, text);
    }

    static void move(Path tmp, Path target) throws IOException {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
