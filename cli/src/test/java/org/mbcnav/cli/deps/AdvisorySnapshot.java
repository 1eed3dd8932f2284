package org.mbcnav.cli.deps;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mbcnav.io.Mappers;

/** security/advisories.yaml: known advisories with affected ranges, and the matches we accept with a reason. */
record AdvisorySnapshot(LocalDate date, Set<String> covered, List<Advisory> advisories, List<Acceptance> accepted) {
    record Range(String introduced, String fixed) {
        boolean contains(String version) {
            MavenVersion v = new MavenVersion(version);
            boolean from = introduced == null || introduced.equals("0") || v.compareTo(new MavenVersion(introduced)) >= 0;
            return from && (fixed == null || v.compareTo(new MavenVersion(fixed)) < 0);
        }
    }

    record Advisory(String id, List<String> aliases, String pkg, List<Range> affected, String severity, String summary, String url) {
        boolean affects(String pkgName, String version) {
            return pkg.equals(pkgName) && affected.stream().anyMatch(r -> r.contains(version));
        }

        /** The lowest fixed version above the given one, or null when none is known. */
        String fixedAfter(String version) {
            return affected.stream().filter(r -> r.contains(version)).map(Range::fixed).filter(f -> f != null)
                    .findFirst().orElse(null);
        }
    }

    record Acceptance(String id, String pkg, List<String> versions, String reason, LocalDate review) {
    }

    /** One component of the SBOM: group:artifact and version. */
    record Component(String pkg, String version) {
    }

    /** A component an advisory affects, and the acceptance that covers it (null when none does). */
    record Finding(Component component, Advisory advisory, Acceptance acceptance) {
    }

    static AdvisorySnapshot load(Path file) throws IOException {
        JsonNode root = Mappers.yaml().readTree(Files.readString(file));
        Set<String> covered = new TreeSet<>();
        root.path("covered").forEach(n -> covered.add(n.asText()));
        List<Advisory> advisories = new ArrayList<>();
        for (JsonNode a : root.path("advisories")) {
            List<Range> ranges = new ArrayList<>();
            a.path("affected").forEach(r -> ranges.add(new Range(r.path("introduced").asText(null), r.path("fixed").asText(null))));
            List<String> aliases = new ArrayList<>();
            a.path("aliases").forEach(x -> aliases.add(x.asText()));
            advisories.add(new Advisory(required(a, "id"), aliases, required(a, "package"), ranges, a.path("severity").asText("unknown"),
                    required(a, "summary"), required(a, "url")));
        }
        List<Acceptance> accepted = new ArrayList<>();
        for (JsonNode a : root.path("accepted")) {
            List<String> versions = new ArrayList<>();
            a.path("versions").forEach(v -> versions.add(v.asText()));
            accepted.add(new Acceptance(required(a, "id"), required(a, "package"), versions, required(a, "reason"),
                    LocalDate.parse(required(a, "review"))));
        }
        return new AdvisorySnapshot(LocalDate.parse(required(root, "snapshot")), covered, advisories, accepted);
    }

    private static String required(JsonNode n, String field) {
        String v = n.path(field).asText("");
        if (v.isBlank()) {
            throw new IllegalArgumentException("advisories.yaml: '" + field + "' is missing in " + n);
        }
        return v;
    }

    /** The CycloneDX SBOM's library components (the project's own modules left out). */
    static List<Component> components(Path bom) throws IOException {
        JsonNode root = Mappers.json().readTree(Files.readString(bom));
        List<Component> out = new ArrayList<>();
        for (JsonNode c : root.path("components")) {
            String group = c.path("group").asText("");
            if (!group.equals("org.mbcnav")) {
                out.add(new Component(group + ":" + c.path("name").asText(), c.path("version").asText()));
            }
        }
        return out;
    }

    List<Finding> findings(List<Component> components) {
        List<Finding> out = new ArrayList<>();
        for (Component c : components) {
            for (Advisory a : advisories) {
                if (a.affects(c.pkg(), c.version())) {
                    Acceptance ok = accepted.stream().filter(x -> x.id().equals(a.id()) && x.pkg().equals(c.pkg())
                            && x.versions().contains(c.version())).findFirst().orElse(null);
                    out.add(new Finding(c, a, ok));
                }
            }
        }
        return out;
    }
}
