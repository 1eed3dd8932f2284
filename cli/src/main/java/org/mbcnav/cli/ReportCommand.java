package org.mbcnav.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.report.ClinicianReport;
import org.mbcnav.report.PatientLanguageReader;
import org.mbcnav.report.PatientReport;
import org.mbcnav.report.PdfRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the plan as a report: plain language for the patient, or the full plan for the care team.",
                "HTML to standard output unless --html or --pdf is given (both may be)."})
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATIENT", description = "The patient file (native JSON/YAML or a FHIR Bundle).")
    Path input;

    @Option(names = "--audience", paramLabel = "WHO", defaultValue = "clinician",
            description = "patient or clinician (default: ${DEFAULT-VALUE}).")
    String audience;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Write a PDF here.")
    Path pdf;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML here.")
    Path html;

    @Mixin
    AsOfOption asOf;

    @Mixin
    KnowledgeOption kb;

    @Mixin
    org.mbcnav.cli.trials.TrialOptions trials;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!audience.equals("patient") && !audience.equals("clinician")) {
            throw new UserError("unknown audience '" + audience + "' (use patient or clinician)");
        }
        Knowledge k = kb.load();
        Plan plan = PlannedInput.plan(input, null, asOf.resolve(), k, kb.resolve(), trials);
        String document = audience.equals("patient")
                ? new PatientReport(k, PatientLanguageReader.forKnowledge(k).read(kb.resolve())).document(plan, null)
                : new ClinicianReport().document(plan, null);
        PrintWriter err = spec.commandLine().getErr();
        if (html != null) {
            write(html, document.getBytes(StandardCharsets.UTF_8));
            err.println("wrote " + html);
        }
        if (pdf != null) {
            write(pdf, PdfRenderer.render(document));
            err.println("wrote " + pdf);
        }
        if (html == null && pdf == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(document);
            out.flush();
        }
        err.flush();
        return 0;
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        org.mbcnav.io.AtomicFiles.write(file, bytes);
    }
}
