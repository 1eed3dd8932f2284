package org.mbcnav.quality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mbcnav.engine.Planner;
import org.mbcnav.kb.KnowledgeDiff;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Release;
import org.mbcnav.model.plan.PlanOption;

/**
 * Markdown release notes for a knowledge release: the entries added, changed (with the fields)
 * and withdrawn, from KnowledgeDiff, and, over a set of cases, for whom the offered options
 * change. The human summary is the release's own summary from release.yaml.
 */
public final class ReleaseNotes {
    /** How one case's offered options differ between the two releases. */
    public record CaseChange(String caseId, List<String> gained, List<String> lost) {
        public CaseChange {
            gained = List.copyOf(gained);
            lost = List.copyOf(lost);
        }
    }

    private ReleaseNotes() {
    }

    public static List<CaseChange> caseChanges(Knowledge before, Knowledge after, List<PatientCase> cases) {
        Planner a = new Planner(before);
        Planner b = new Planner(after);
        List<CaseChange> out = new ArrayList<>();
        for (PatientCase c : cases) {
            Set<String> was = offered(a, c);
            Set<String> now = offered(b, c);
            List<String> gained = now.stream().filter(x -> !was.contains(x)).toList();
            List<String> lost = was.stream().filter(x -> !now.contains(x)).toList();
            if (!gained.isEmpty() || !lost.isEmpty()) {
                out.add(new CaseChange(c.id(), gained, lost));
            }
        }
        return out;
    }

    private static Set<String> offered(Planner p, PatientCase c) {
        Set<String> out = new LinkedHashSet<>();
        p.plan(c.patient(), c.asOf()).options().stream().map(PlanOption::id).forEach(out::add);
        return out;
    }

    /** cases null: the notes say no cases were run (rather than "nothing changes"). */
    public static String markdown(Knowledge before, Knowledge after, List<PatientCase> cases) {
        Release was = before.release();
        Release now = after.release();
        List<KnowledgeDiff.Change> changes = KnowledgeDiff.between(before, after);
        StringBuilder md = new StringBuilder();
        md.append("## ").append(now.version()).append(" (").append(now.date()).append(")\n\n");
        md.append("Previous release: ").append(was.version()).append(" (").append(was.date()).append("). ")
                .append("Evidence horizon: ").append(now.evidenceHorizon()).append(".\n\n");
        md.append("### Summary\n\n").append(now.summary()).append("\n\n");
        md.append("### Changes (").append(changes.size()).append(")\n\n");
        section(md, "Added", changes, "added", after);
        section(md, "Changed", changes, "changed", after);
        section(md, "Withdrawn (removed)", changes, "removed", before);
        md.append("### For whom the options change\n\n");
        if (cases == null) {
            md.append("No cases were run for these notes.\n\n");
        } else {
            List<CaseChange> moved = caseChanges(before, after, cases);
            md.append(moved.size()).append(" of ").append(cases.size())
                    .append(" case(s) have a different set of offered options.\n\n");
            if (!moved.isEmpty()) {
                md.append("| case | options gained | options lost |\n|---|---|---|\n");
                for (CaseChange c : moved) {
                    md.append("| ").append(c.caseId()).append(" | ").append(list(c.gained())).append(" | ")
                            .append(list(c.lost())).append(" |\n");
                }
                md.append('\n');
            }
        }
        md.append("_").append(now.disclaimer()).append("_\n");
        return md.toString();
    }

    private static void section(StringBuilder md, String title, List<KnowledgeDiff.Change> changes, String kind, Knowledge k) {
        List<KnowledgeDiff.Change> some = changes.stream().filter(c -> c.kind().equals(kind)).toList();
        md.append("#### ").append(title).append(" (").append(some.size()).append(")\n\n");
        if (some.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        for (KnowledgeDiff.Change c : some) {
            md.append("- ").append(c.area()).append(" `").append(c.id()).append('`');
            k.regimen(c.id()).ifPresent(r -> md.append(" ").append(r.title()));
            if (!c.fields().isEmpty()) {
                md.append(": ").append(String.join(", ", c.fields()));
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "-" : String.join(", ", ids.stream().map(i -> "`" + i + "`").toList());
    }
}
