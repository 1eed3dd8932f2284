package org.mbcnav.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mbcnav.fhir.MetastaticStatus;
import org.mbcnav.io.Mappers;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.DataQualityIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Shows what an input was understood as: the native patient (YAML that `mbcnav plan` reads
 * back), then everything that was not used, grouped by severity, with the reason. Exit 2 when
 * the record cannot be planned (not metastatic, or metastatic status unknown).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Show the native patient an input is read as, and what was not used and why.",
                "Input: a FHIR R4 Bundle (mCODE), a FHIR Bulk Data export folder with --patient, or a native file."},
        footer = {"", "Examples:", "  mbcnav import bundle.json", "  mbcnav import export-folder/ --patient 123 --format json",
                "  mbcnav import bundle.json --validate"})
final class ImportCommand implements Callable<Integer> {
    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    @Parameters(index = "0", paramLabel = "INPUT", description = "The FHIR bundle, export folder or native file.")
    Path input;

    @Option(names = "--patient", paramLabel = "ID", description = "With a FHIR Bulk Data export folder: the patient to import.")
    String patientId;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "yaml", description = "yaml (default) or json.")
    String format;

    @Option(names = "--validate", description = "Validate FHIR input with HAPI FHIR's R4 validator first (errors: exit 2).")
    boolean validate;

    @Mixin
    AsOfOption asOf;

    @Mixin
    KnowledgeOption kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("yaml") && !format.equals("json")) {
            throw new UserError("unknown format '" + format + "' (use yaml or json)");
        }
        Knowledge k = kb.load();
        if (validate) {
            FhirValidation.check(input, spec.commandLine().getErr());
        }
        PatientInput.Imported imported = PatientInput.load(input, patientId, asOf.resolve(), k);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, List<DataQualityIssue>> bySeverity = new LinkedHashMap<>();
        SEVERITIES.forEach(s -> bySeverity.put(s, imported.dataQuality().stream()
                .filter(i -> s.equals(i.severity()) || (s.equals("info") && !SEVERITIES.contains(i.severity()))).toList()));
        MetastaticStatus m = imported.metastatic();
        if (format.equals("json")) {
            ObjectNode root = Mappers.json().createObjectNode();
            root.put("input", input.toString());
            if (m != null) {
                ObjectNode status = root.putObject("metastatic");
                status.put("verdict", m.verdict().name().toLowerCase().replace('_', '-'));
                ArrayNode evidence = status.putArray("evidence");
                m.evidence().forEach(evidence::add);
            }
            root.set("patient", Mappers.json().valueToTree(imported.patient()));
            ObjectNode dq = root.putObject("dataQuality");
            bySeverity.forEach((s, list) -> dq.set(s, Mappers.json().valueToTree(list)));
            out.println(Mappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            out.println("# " + input + (m == null ? " (native input)" : ": metastatic status " + verdict(m)
                    + (m.evidence().isEmpty() ? "" : " - " + String.join("; ", m.evidence()))));
            out.print(Mappers.yaml().writeValueAsString(imported.patient()));
            out.printf("# data quality: %d error(s), %d warning(s), %d info%n", bySeverity.get("error").size(),
                    bySeverity.get("warning").size(), bySeverity.get("info").size());
            bySeverity.forEach((s, list) -> {
                if (!list.isEmpty()) {
                    out.println("# " + s + ":");
                    list.forEach(i -> out.println("#   " + i.where() + ": " + i.what() + ": " + i.reason()));
                }
            });
        }
        out.flush();
        if (m != null && m.verdict() != MetastaticStatus.Verdict.METASTATIC) {
            spec.commandLine().getErr().println("not plannable: the record does not show metastatic (stage IV) disease ("
                    + verdict(m) + ")");
            spec.commandLine().getErr().flush();
            return Main.BAD_INPUT;
        }
        return 0;
    }

    private static String verdict(MetastaticStatus m) {
        return m.verdict().name().toLowerCase().replace('_', ' ');
    }
}
