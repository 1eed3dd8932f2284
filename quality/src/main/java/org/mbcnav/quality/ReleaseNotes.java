package org.mbcnav.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mbcnav.engine.Assessment;
import org.mbcnav.engine.Planner;
import org.mbcnav.kb.KnowledgeDiff;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.MedicationCode;
import org.mbcnav.model.knowledge.Release;

/**
 * Markdown release notes for a knowledge release: the entries added, changed (with the fields)
 * and withdrawn, from KnowledgeDiff, and, over a set of cases, for whom the offered options
 * change. The human summary is the release's own summary from release.yaml.
 */
public final class ReleaseNotes {
    /**
     * How one case's options differ between the two releases: options offered or no longer
     * offered, and offered options that became or stopped being on-label in the US.
     */
    public record CaseChange(String caseId, List<String> gained, List<String> lost, List<String> nowOnLabelUs,
                             List<String> noLongerOnLabelUs) {
        public CaseChange {
            gained = List.copyOf(gained);
            lost = List.copyOf(lost);
            nowOnLabelUs = List.copyOf(nowOnLabelUs);
            noLongerOnLabelUs = List.copyOf(noLongerOnLabelUs);
        }

        boolean offeredChanged() {
            return !gained.isEmpty() || !lost.isEmpty();
        }
    }

    private ReleaseNotes() {
    }

    public static List<CaseChange> caseChanges(Knowledge before, Knowledge after, List<PatientCase> cases) {
        Planner a = new Planner(before);
        Planner b = new Planner(after);
        List<CaseChange> out = new ArrayList<>();
        for (PatientCase c : cases) {
            List<Assessment> was = offered(a, c);
            List<Assessment> now = offered(b, c);
            Set<String> wasIds = ids(was, false);
            Set<String> nowIds = ids(now, false);
            Set<String> wasLabel = ids(was, true);
            Set<String> nowLabel = ids(now, true);
            List<String> gained = nowIds.stream().filter(x -> !wasIds.contains(x)).toList();
            List<String> lost = wasIds.stream().filter(x -> !nowIds.contains(x)).toList();
            List<String> onLabel = nowLabel.stream().filter(x -> !wasLabel.contains(x) && wasIds.contains(x)).toList();
            List<String> offLabel = wasLabel.stream().filter(x -> !nowLabel.contains(x) && nowIds.contains(x)).toList();
            if (!gained.isEmpty() || !lost.isEmpty() || !onLabel.isEmpty() || !offLabel.isEmpty()) {
                out.add(new CaseChange(c.id(), gained, lost, onLabel, offLabel));
            }
        }
        return out;
    }

    private static List<Assessment> offered(Planner p, PatientCase c) {
        return p.planning(c.patient(), c.asOf()).assessments().stream().filter(Assessment::offered).toList();
    }

    private static Set<String> ids(List<Assessment> offered, boolean onLabelUsOnly) {
        Set<String> out = new TreeSet<>();
        offered.stream().filter(x -> !onLabelUsOnly || CaseEvaluator.onLabelUs(x)).map(x -> x.regimen().id()).forEach(out::add);
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
        medicationCodes(md, before, after);
        md.append("### For whom the options change\n\n");
        if (cases == null) {
            md.append("No cases were run for these notes.\n\n");
        } else {
            List<CaseChange> changed = caseChanges(before, after, cases);
            List<CaseChange> moved = changed.stream().filter(CaseChange::offeredChanged).toList();
            List<CaseChange> relabelled = changed.stream()
                    .filter(c -> !c.nowOnLabelUs().isEmpty() || !c.noLongerOnLabelUs().isEmpty()).toList();
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
            md.append(relabelled.size()).append(" of ").append(cases.size())
                    .append(" case(s) have an offered option whose US label status changes.\n\n");
            if (!relabelled.isEmpty()) {
                md.append("| case | now on-label (US) | no longer on-label (US) |\n|---|---|---|\n");
                for (CaseChange c : relabelled) {
                    md.append("| ").append(c.caseId()).append(" | ").append(list(c.nowOnLabelUs())).append(" | ")
                            .append(list(c.noLongerOnLabelUs())).append(" |\n");
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

    /** KnowledgeDiff covers entries with ids; medication codes are compared here as whole rows. */
    private static void medicationCodes(StringBuilder md, Knowledge before, Knowledge after) {
        Set<String> was = new TreeSet<>(before.medicationCodes().stream().map(Object::toString).toList());
        Set<String> now = new TreeSet<>(after.medicationCodes().stream().map(Object::toString).toList());
        List<MedicationCode> added = after.medicationCodes().stream().filter(c -> !was.contains(c.toString())).toList();
        List<MedicationCode> removed = before.medicationCodes().stream().filter(c -> !now.contains(c.toString())).toList();
        md.append("#### Medication codes (").append(added.size()).append(" added, ").append(removed.size())
                .append(" removed)\n\n");
        added.forEach(c -> md.append("- added ").append(describe(c)).append('\n'));
        removed.forEach(c -> md.append("- removed ").append(describe(c)).append('\n'));
        md.append(added.isEmpty() && removed.isEmpty() ? "None.\n\n" : "\n");
    }

    private static String describe(MedicationCode c) {
        String code = c.system() + " " + c.code() + (c.display() == null ? "" : " " + c.display());
        return (c.code() == null ? "text \"" + c.text() + "\"" : code) + " -> " + String.join(" + ", c.ingredients());
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "-" : String.join(", ", ids.stream().map(i -> "`" + i + "`").toList());
    }
}
