package org.mbcnav.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mbcnav.cli.render.Colors;
import org.mbcnav.cli.render.PlanRenderer;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.plan.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Make an evidence-linked treatment plan for one patient.",
                "Input: a native patient (JSON or YAML, see docs/patient-format.md), a FHIR R4 Bundle",
                "(mCODE), or a FHIR Bulk Data export folder with --patient. The type is read from the content."},
        footer = {"", "Examples:", "  mbcnav plan examples/patients/hr-positive-pik3ca-after-cdk46.yaml",
                "  mbcnav plan patient.json --format json --as-of 2026-03-01",
                "  mbcnav plan bundle.json",
                "  mbcnav plan export-folder/ --patient 123",
                "  mbcnav plan patient.yaml --format fhir"})
final class PlanCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATIENT", description = "The patient file.")
    Path input;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, markdown or fhir (a FHIR R4 Bundle: CarePlan + RequestGroup).")
    String format;

    @Option(names = "--patient", paramLabel = "ID",
            description = "With a FHIR Bulk Data export folder as PATIENT: the patient to plan.")
    String patientId;

    @Option(names = "--validate", description = "Validate FHIR input with HAPI FHIR's R4 validator first (errors: exit 2).")
    boolean validate;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour in text output: auto (default: when writing to a terminal), always, never.")
    String color;

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
        PlanRenderer renderer = PlanRenderer.forFormat(format)
                .orElseThrow(() -> new UserError("unknown format '" + format + "' (use text, json, markdown or fhir)"));
        Knowledge k = kb.load();
        if (validate) {
            FhirValidation.check(input, spec.commandLine().getErr());
        }
        Plan plan = PlannedInput.plan(input, patientId, asOf.resolve(), k, kb.resolve(), trials);
        PrintWriter out = spec.commandLine().getOut();
        out.print(renderer.render(plan, Colors.choose(color)));
        out.flush();
        return 0;
    }
}
