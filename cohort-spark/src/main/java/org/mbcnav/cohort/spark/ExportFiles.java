package org.mbcnav.cohort.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.mbcnav.model.patient.DataQualityIssue;

/**
 * The output files of a Bulk Data export on any Hadoop file system, chosen by the rule of
 * BulkExportReader#files: those named in manifest.json (relative URLs), else every .ndjson /
 * .ndjson.gz file of the folder, sorted by name.
 */
final class ExportFiles {
    private ExportFiles() {
    }

    static List<String> list(String folder, Configuration conf, ObjectMapper json, List<DataQualityIssue> issues) throws IOException {
        Path dir = new Path(folder);
        FileSystem fs = dir.getFileSystem(conf);
        Path manifest = new Path(dir, "manifest.json");
        List<String> out = new ArrayList<>();
        if (fs.exists(manifest)) {
            JsonNode m;
            try (InputStream in = fs.open(manifest)) {
                m = json.readTree(in);
            }
            for (JsonNode o : m.path("output")) {
                String url = o.path("url").asText("");
                if (url.contains("://")) {
                    issues.add(new DataQualityIssue("warning", "manifest.json", url,
                            "remote output files are not downloaded by the reader; fetch them into the folder first"));
                    continue;
                }
                Path f = new Path(dir, url);
                if (fs.exists(f)) {
                    out.add(f.toString());
                } else {
                    issues.add(new DataQualityIssue("error", "manifest.json", url, "listed output file is missing"));
                }
            }
            if (m.path("error").size() > 0) {
                issues.add(new DataQualityIssue("warning", "manifest.json", "error",
                        m.path("error").size() + " error file(s) listed by the server; read them for what was not exported"));
            }
            return out;
        }
        for (FileStatus s : fs.listStatus(dir)) {
            String name = s.getPath().getName();
            if (s.isFile() && (name.endsWith(".ndjson") || name.endsWith(".ndjson.gz"))) {
                out.add(s.getPath().toString());
            }
        }
        out.sort(null);
        return out;
    }
}
