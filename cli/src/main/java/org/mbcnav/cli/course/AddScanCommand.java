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
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add-scan", mixinStandardHelpOptions = true,
        description = {"Append a scan (RECIST 1.1 time point) to a course file and show its response."},
        footer = {"", "Examples:",
                "  mbcnav course add-scan c.yaml --date 2026-01-05 --baseline --lesion id=L1,organ=liver,mm=24,target",
                "      --lesion id=N1,organ=lymph-node,nodal,mm=17,target --lesion id=B1,organ=bone",
                "  mbcnav course add-scan c.yaml --date 2026-04-01 --lesion id=L1,mm=15 --lesion id=N1,mm=9",
                "      --lesion id=B1,status=present --new-lesion id=NL1,site=lung,equivocal"})
final class AddScanCommand implements Callable<Integer> {
    private static final Set<String> LESION = Set.of("id", "organ", "nodal", "target", "mm", "fragments", "status",
            "softTissueComponent");
    private static final Set<String> NEW_LESION = Set.of("id", "site", "equivocal");

    @Parameters(index = "0", paramLabel = "COURSE", description = "The course file (YAML).")
    Path file;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Date of the scan.")
    LocalDate date;

    @Option(names = "--baseline", description = "This scan is the baseline of a treatment line.")
    boolean baseline;

    @Option(names = "--modality", paramLabel = "TEXT", description = "CT, MRI, bone scan...")
    String modality;

    @Option(names = "--lesion", paramLabel = "FIELDS", description = "id=..,organ=..,mm=..[,nodal][,target]"
            + "[,status=too-small|gone|not-assessed|present|absent|progression][,fragments=12+10]")
    List<String> lesions = List.of();

    @Option(names = "--new-lesion", paramLabel = "FIELDS", description = "id=..,site=..[,equivocal]")
    List<String> newLesions = List.of();

    @Option(names = "--markers-normal", paramLabel = "true|false", description = "Tumour markers normal (non-target CR).")
    Boolean markersNormal;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Mixin
    KnowledgeOption kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode e = f.objectNode().put("type", "scan").put("date", date.toString());
        if (baseline) {
            e.put("baseline", true);
        }
        if (modality != null) {
            e.put("modality", modality);
        }
        ArrayNode ls = e.putArray("lesions");
        for (String text : lesions) {
            Map<String, String> kv = KeyValues.parse("--lesion", text, LESION);
            ObjectNode l = ls.addObject();
            for (var en : kv.entrySet()) {
                switch (en.getKey()) {
                    case "mm" -> l.put("mm", number("--lesion mm", en.getValue()));
                    case "nodal", "target", "softTissueComponent" -> l.put(en.getKey(), Boolean.parseBoolean(en.getValue()));
                    case "fragments" -> {
                        ArrayNode fr = l.putArray("fragments");
                        for (String x : en.getValue().split("\\+")) {
                            fr.add(number("--lesion fragments", x));
                        }
                    }
                    default -> l.put(en.getKey(), en.getValue());
                }
            }
        }
        if (!newLesions.isEmpty()) {
            ArrayNode ns = e.putArray("newLesions");
            for (String text : newLesions) {
                Map<String, String> kv = KeyValues.parse("--new-lesion", text, NEW_LESION);
                ObjectNode n = ns.addObject();
                kv.forEach((k, v) -> {
                    if (k.equals("equivocal")) {
                        n.put(k, Boolean.parseBoolean(v));
                    } else {
                        n.put(k, v);
                    }
                });
            }
        }
        if (markersNormal != null) {
            e.put("tumourMarkersNormal", markersNormal);
        }
        if (note != null) {
            e.put("note", note);
        }
        return CourseAppender.append(kb, file, e, spec);
    }

    static double number(String field, String text) throws InputException {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException ex) {
            throw new InputException(new InputProblem(field, "", 0, 0, "'" + text + "' is not a number"));
        }
    }
}
