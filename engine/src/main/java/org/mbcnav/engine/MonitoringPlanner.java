package org.mbcnav.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.MonitoringItem;
import org.mbcnav.model.knowledge.ScheduleStep;
import org.mbcnav.model.plan.DrugRef;
import org.mbcnav.model.plan.MonitoringEntry;

/**
 * The dated monitoring schedule from the as-of date: disease monitoring for everyone, and the
 * safety monitoring each offered option needs, dated as if it started on the as-of date. Course
 * tracking uses the same schedule for a regimen already running, dated from its start.
 */
public final class MonitoringPlanner {
    private final Knowledge k;
    private final CriterionEvaluator criteria;
    private final SourceRefs sources;
    private final LocalDate asOf;

    /** asOf: day 0 of the schedule (the plan's as-of date, or the start of a running regimen). */
    public MonitoringPlanner(Knowledge k, CriterionEvaluator criteria, LocalDate asOf) {
        this.k = k;
        this.criteria = criteria;
        this.sources = new SourceRefs(k);
        this.asOf = asOf;
    }

    List<MonitoringEntry> plan(List<Assessment> offered) {
        return schedule(offered.stream().map(a -> new Regimen(a.regimen().id(), a.drugs().stream().map(DrugRef::name)
                .toList())).toList(), k.definitions().monitoringHorizonDays());
    }

    /**
     * The schedule of one running regimen (label: its name in forOptions), dated from day 0 up to
     * throughDay: safety monitoring for its drugs and disease monitoring for everyone.
     */
    public List<MonitoringEntry> forRegimen(String label, List<String> drugs, int throughDay) {
        return schedule(List.of(new Regimen(label, drugs)), throughDay);
    }

    private record Regimen(String id, List<String> drugs) {
    }

    private List<MonitoringEntry> schedule(List<Regimen> offered, int horizon) {
        List<MonitoringEntry> out = new ArrayList<>();
        for (MonitoringItem m : k.monitoring()) {
            if (m.when() != null && criteria.truth(m.when()) != Truth.TRUE) {
                continue;
            }
            List<String> forOptions = new ArrayList<>();
            if (!m.always()) {
                for (Regimen a : offered) {
                    if (uses(a.drugs(), m)) {
                        forOptions.add(a.id());
                    }
                }
                boolean onlyWhen = m.drugs().isEmpty() && m.classes().isEmpty() && m.when() != null;
                if (forOptions.isEmpty() && !onlyWhen) {
                    continue;
                }
            }
            out.add(new MonitoringEntry(m.id(), m.title(), m.kind(), dates(m.schedule(), horizon), forOptions, m.rationale(),
                    sources.of(m.sources())));
        }
        return out;
    }

    private boolean uses(List<String> drugs, MonitoringItem m) {
        for (String d : drugs) {
            if (m.drugs().contains(d)) {
                return true;
            }
            Set<String> classes = k.classesOf(d);
            if (m.classes().stream().anyMatch(classes::contains)) {
                return true;
            }
        }
        return false;
    }

    private List<LocalDate> dates(List<ScheduleStep> steps, int horizon) {
        Set<Integer> days = new TreeSet<>();
        for (ScheduleStep s : steps) {
            s.at().stream().filter(d -> d <= horizon).forEach(days::add);
            if (s.every() != null && s.every() > 0) {
                int from = s.from() == null ? s.every() : s.from();
                int until = Math.min(horizon, s.until() == null ? horizon : s.until());
                for (int d = from; d <= until; d += s.every()) {
                    days.add(d);
                }
            }
        }
        return days.stream().map(asOf::plusDays).toList();
    }
}
