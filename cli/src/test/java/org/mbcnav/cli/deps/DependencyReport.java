package org.mbcnav.cli.deps;

import java.util.List;
import java.util.stream.Collectors;

/** The text of the dependency vulnerability report. */
final class DependencyReport {
    private DependencyReport() {
    }

    static String render(AdvisorySnapshot s, List<AdvisorySnapshot.Component> components, List<AdvisorySnapshot.Finding> findings) {
        StringBuilder b = new StringBuilder();
        long covered = components.stream().filter(c -> s.covered().contains(c.pkg())).count();
        b.append("Dependency vulnerability report (advisory snapshot of ").append(s.date())
                .append("; it knows nothing published later)\n");
        b.append("  shipped libraries: ").append(components.size()).append(", of which ").append(covered)
                .append(" are covered by the snapshot; ").append(s.advisories().size()).append(" advisories known\n");
        List<AdvisorySnapshot.Finding> open = findings.stream().filter(f -> f.acceptance() == null).toList();
        List<AdvisorySnapshot.Finding> accepted = findings.stream().filter(f -> f.acceptance() != null).toList();
        b.append("  affected: ").append(open.size()).append(" not accepted, ").append(accepted.size()).append(" accepted\n");
        for (AdvisorySnapshot.Finding f : open) {
            String fix = f.advisory().fixedAfter(f.component().version());
            b.append("  VULNERABLE ").append(f.component().pkg()).append(' ').append(f.component().version()).append(": ")
                    .append(f.advisory().id()).append(' ').append(f.advisory().aliases()).append(" (").append(f.advisory().severity())
                    .append(") ").append(f.advisory().summary()).append("; ")
                    .append(fix == null ? "no fixed version" : "fixed in " + fix).append(" - ").append(f.advisory().url()).append('\n');
        }
        for (AdvisorySnapshot.Finding f : accepted) {
            b.append("  accepted   ").append(f.component().pkg()).append(' ').append(f.component().version()).append(": ")
                    .append(f.advisory().id()).append(" (").append(f.advisory().severity()).append("), review by ")
                    .append(f.acceptance().review()).append(": ").append(f.acceptance().reason().replaceAll("\\s+", " ")).append('\n');
        }
        b.append("  not covered by the snapshot (not checked): ").append(components.stream()
                .filter(c -> !s.covered().contains(c.pkg())).map(c -> c.pkg() + ":" + c.version()).sorted()
                .collect(Collectors.joining(", "))).append('\n');
        return b.toString();
    }
}
