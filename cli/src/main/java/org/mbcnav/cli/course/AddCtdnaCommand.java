package org.mbcnav.cli.course;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mbcnav.cli.KnowledgeOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add-ctdna", mixinStandardHelpOptions = true,
        description = {"Append a liquid biopsy (ctDNA) result; a newly detected ESR1, PIK3CA, AKT1 or PTEN",
                "alteration re-plans and shows the options it opens."},
        footer = {"", "Example:", "  mbcnav course add-ctdna c.yaml --date 2026-05-02 --assay Guardant360",
                "      --finding gene=ESR1,result=pathogenic,alteration=Y537S,vaf=0.04 --finding gene=PIK3CA,result=not-detected"})
final class AddCtdnaCommand implements Callable<Integer> {
    private static final Set<String> FINDING = Set.of("gene", "type", "alteration", "result", "vaf");

    @Parameters(index = "0", paramLabel = "COURSE", description = "The course file (YAML).")
    Path file;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
    LocalDate date;

    @Option(names = "--assay", paramLabel = "NAME")
    String assay;

    @Option(names = "--finding", required = true, paramLabel = "FIELDS",
            description = "gene=..,result=pathogenic|likely-pathogenic|vus|benign|not-detected[,alteration=..][,vaf=0.04]")
    List<String> findings;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Mixin
    KnowledgeOption kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ObjectNode e = JsonNodeFactory.instance.objectNode().put("type", "ctdna").put("date", date.toString());
        if (assay != null) {
            e.put("assay", assay);
        }
        ArrayNode fs = e.putArray("findings");
        for (String text : findings) {
            Map<String, String> kv = KeyValues.parse("--finding", text, FINDING);
            ObjectNode f = fs.addObject();
            for (var en : kv.entrySet()) {
                if (en.getKey().equals("vaf")) {
                    f.put("vaf", AddScanCommand.number("--finding vaf", en.getValue()));
                } else {
                    f.put(en.getKey(), en.getValue());
                }
            }
        }
        if (note != null) {
            e.put("note", note);
        }
        return CourseAppender.append(kb, file, e, spec);
    }
}
