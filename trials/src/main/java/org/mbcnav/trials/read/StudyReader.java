package org.mbcnav.trials.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.io.LocatingReader;
import org.mbcnav.trials.Trial;
import org.mbcnav.trials.TrialSite;

/**
 * Reads ClinicalTrials.gov API v2 study JSON: one study (`{"protocolSection": ...}`), a search
 * response (`{"studies": [...]}`) or a folder of such files. Every module may be absent, so
 * everything but the NCT id is optional; unknown fields and unknown enum values are kept as data,
 * not errors, because the registry adds them over time.
 */
public final class StudyReader {
    private static final Pattern NCT = Pattern.compile("NCT\\d{8}");
    private final LocatingReader reader = new LocatingReader();

    /** One study node with the file it came from, kept unchanged for `trials import`. */
    public record RawStudy(String nctId, JsonNode node, Trial trial) {
    }

    public List<Trial> read(Path path) throws InputException {
        return readRaw(path).stream().map(RawStudy::trial).toList();
    }

    public List<RawStudy> readRaw(Path path) throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        List<RawStudy> out = new ArrayList<>();
        for (Path f : files(path)) {
            try {
                out.addAll(readFile(f, problems));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    private static List<Path> files(Path path) throws InputException {
        if (!Files.exists(path)) {
            throw new InputException(new InputProblem(path.toString(), "", 0, 0, "no such file or folder"));
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            List<Path> json = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            if (json.isEmpty()) {
                throw new InputException(new InputProblem(path.toString(), "", 0, 0, "the folder holds no .json study files"));
            }
            return json;
        } catch (IOException e) {
            throw new InputException(new InputProblem(path.toString(), "", 0, 0, "cannot list the folder: " + e.getMessage()));
        }
    }

    private List<RawStudy> readFile(Path f, List<InputProblem> problems) throws InputException {
        String text;
        try {
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new InputProblem(f.toString(), "", 0, 0, "cannot read: " + e.getMessage()));
        }
        return readText(text, f.toString(), problems);
    }

    /** The studies of one registry document given as text (source names it in problems). */
    public List<Trial> read(String text, String source) throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        List<RawStudy> studies = readText(text, source, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return studies.stream().map(RawStudy::trial).toList();
    }

    private List<RawStudy> readText(String text, String source, List<InputProblem> problems) throws InputException {
        LocatedTree tree = reader.read(text, source);
        JsonNode root = tree.root();
        List<RawStudy> out = new ArrayList<>();
        if (root.has("studies")) {
            JsonNode studies = root.get("studies");
            if (!studies.isArray()) {
                problems.add(tree.problem("/studies", "expected a list of studies"));
                return out;
            }
            for (int i = 0; i < studies.size(); i++) {
                study(tree, studies.get(i), "/studies/" + i, problems, out);
            }
        } else {
            study(tree, root, "", problems, out);
        }
        return out;
    }

    private static void study(LocatedTree tree, JsonNode node, String at, List<InputProblem> problems, List<RawStudy> out) {
        JsonNode p = node.path("protocolSection");
        if (!p.isObject()) {
            problems.add(tree.problem(at, "not a ClinicalTrials.gov v2 study: no protocolSection object"));
            return;
        }
        String nct = text(p.path("identificationModule").path("nctId"));
        if (nct == null || !NCT.matcher(nct).matches()) {
            problems.add(tree.problem(at + "/protocolSection/identificationModule/nctId",
                    nct == null ? "the study has no nctId" : "'" + nct + "' is not an NCT id (NCT followed by 8 digits)"));
            return;
        }
        JsonNode id = p.path("identificationModule");
        JsonNode elig = p.path("eligibilityModule");
        JsonNode design = p.path("designModule");
        String title = text(id.path("briefTitle"));
        Trial t = new Trial(nct, title == null ? text(id.path("officialTitle")) : title, text(id.path("acronym")),
                text(p.path("statusModule").path("overallStatus")), texts(design.path("phases")),
                text(design.path("studyType")), text(elig.path("sex")), text(elig.path("minimumAge")),
                text(elig.path("maximumAge")), text(elig.path("eligibilityCriteria")),
                texts(p.path("conditionsModule").path("conditions")), interventions(p), sites(p), tree.file());
        out.add(new RawStudy(nct, node, t));
    }

    private static List<String> interventions(JsonNode p) {
        List<String> out = new ArrayList<>();
        p.path("armsInterventionsModule").path("interventions").forEach(i -> {
            String name = text(i.path("name"));
            if (name != null) {
                out.add(name);
            }
        });
        return out;
    }

    private static List<TrialSite> sites(JsonNode p) {
        List<TrialSite> out = new ArrayList<>();
        p.path("contactsLocationsModule").path("locations").forEach(l -> {
            JsonNode g = l.path("geoPoint");
            Double lat = g.path("lat").isNumber() ? g.path("lat").asDouble() : null;
            Double lon = g.path("lon").isNumber() ? g.path("lon").asDouble() : null;
            out.add(new TrialSite(text(l.path("facility")), text(l.path("city")), text(l.path("country")),
                    text(l.path("status")), lat, lon));
        });
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || !n.isTextual() || n.asText().isBlank() ? null : n.asText();
    }

    private static List<String> texts(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> {
                if (x.isTextual()) {
                    out.add(x.asText());
                }
            });
        }
        return out;
    }
}
