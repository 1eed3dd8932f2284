package org.mbcnav.cli.course;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.mbcnav.cli.KnowledgeOption;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add-ae", mixinStandardHelpOptions = true,
        description = {"Append an adverse event (CTCAE term + grade, or a lab value to grade) to a course file",
                "and show its grade and the label dose proposal for each drug of the running regimen."},
        footer = {"", "Examples:", "  mbcnav course add-ae c.yaml --date 2026-02-03 --lab anc=0.8",
                "  mbcnav course add-ae c.yaml --date 2026-02-03 --lab alt=130 --uln 40",
                "  mbcnav course add-ae c.yaml --date 2026-02-03 --term diarrhea --grade 2 --drug abemaciclib"})
final class AddAeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COURSE", description = "The course file (YAML).")
    Path file;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
    LocalDate date;

    @Option(names = "--term", paramLabel = "ID", description = "CTCAE term id (knowledge/course/ctcae.yaml), e.g. diarrhea.")
    String term;

    @Option(names = "--grade", paramLabel = "1-5")
    Integer grade;

    @Option(names = "--lab", paramLabel = "TEST=VALUE", description = "A lab value to grade, e.g. anc=0.8 (10^9/L).")
    String lab;

    @Option(names = "--uln", paramLabel = "N", description = "The lab's upper limit of normal.")
    Double uln;

    @Option(names = "--lln", paramLabel = "N", description = "The lab's lower limit of normal.")
    Double lln;

    @Option(names = "--baseline", paramLabel = "N", description = "The patient's pre-treatment value of the lab.")
    Double baseline;

    @Option(names = "--drug", paramLabel = "INN", description = "Drug(s) it is attributed to (default: the whole regimen).")
    List<String> drugs = List.of();

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Mixin
    KnowledgeOption kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ObjectNode e = JsonNodeFactory.instance.objectNode().put("type", "adverse-event").put("date", date.toString());
        if (term != null) {
            e.put("term", term);
        }
        if (grade != null) {
            e.put("grade", grade);
        }
        if (lab != null) {
            int eq = lab.indexOf('=');
            if (eq < 1) {
                throw new InputException(new InputProblem("--lab", "", 0, 0, "expected TEST=VALUE, e.g. anc=0.8"));
            }
            ObjectNode l = e.putObject("lab").put("test", lab.substring(0, eq).trim())
                    .put("value", AddScanCommand.number("--lab", lab.substring(eq + 1)));
            if (uln != null) {
                l.put("uln", uln);
            }
            if (lln != null) {
                l.put("lln", lln);
            }
            if (baseline != null) {
                l.put("baseline", baseline);
            }
        }
        if (!drugs.isEmpty()) {
            drugs.forEach(e.withArray("drugs")::add);
        }
        if (note != null) {
            e.put("note", note);
        }
        return CourseAppender.append(kb, file, e, spec);
    }
}
