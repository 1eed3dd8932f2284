package org.mbcnav.server.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mbcnav.engine.course.AdverseEventAssessment;
import org.mbcnav.engine.course.BestOverallResponse;
import org.mbcnav.engine.course.CourseProblem;
import org.mbcnav.engine.course.CourseReplay;
import org.mbcnav.engine.course.CourseStatus;
import org.mbcnav.engine.course.PlanDiff;
import org.mbcnav.engine.course.ScheduledCheck;
import org.mbcnav.engine.course.TimePointResponse;
import org.mbcnav.engine.course.TimelineEntry;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.server.api.Json;
import org.mbcnav.store.StoredCourseEvent;
import org.mbcnav.store.StoredPlan;

/** The JSON shapes of a course as the REST API answers it; the engine's records are shown as they are. */
public final class CourseViews {
    private static final int TOP_OPTIONS = 5;

    private CourseViews() {
    }

    public record Line(Integer number, LocalDate start, List<String> drugs, Map<String, String> doses) {
    }

    public record Option(int rank, String id, String title, String category) {
    }

    /** A re-plan: why, what changed (the engine's PlanDiff), the leading options before and after, and the stored plan(s). */
    public record PlanChange(String trigger, PlanDiff diff, List<Option> before, List<Option> after, List<String> planIds) {
    }

    public record Entry(int eventSeq, LocalDate date, String kind, String headline, List<String> details,
                        TimePointResponse response, AdverseEventAssessment adverseEvent, PlanChange planChange) {
    }

    public record Event(int seq, String type, String date, Instant recordedAt, String recordedBy, Object event) {
    }

    public record CtdnaReplan(int eventSeq, LocalDate date, String trigger, List<String> planIds) {
    }

    public record Problem(int eventSeq, String field, String message) {
    }

    public record Status(String patientId, int courseVersion, int patientVersion, LocalDate asOf, LocalDate courseStart,
                         Line line, List<TimePointResponse> responses, BestOverallResponse bestResponse,
                         List<AdverseEventAssessment> toxicities, List<CtdnaReplan> ctdnaReplans,
                         List<ScheduledCheck> overdue, List<ScheduledCheck> upcoming, List<Option> plan,
                         List<Problem> problems, String disclaimer) {
    }

    public record Timeline(String patientId, int courseVersion, LocalDate asOf, List<Event> events, List<Entry> entries,
                           List<Problem> problems, String disclaimer) {
    }

    public record Recorded(int seq, int courseVersion, String type, String date, List<Entry> derived,
                           List<StoredPlanRef> replans) {
    }

    public record StoredPlanRef(String id, String asOf, String reason) {
    }

    public static Status status(CourseService.Loaded loaded, CourseReplay replay, Map<Integer, List<StoredPlan>> replans) {
        CourseStatus s = replay.status();
        Line line = s.drugs().isEmpty() ? null : new Line(s.line(), s.lineStart(), s.drugs(), s.doses());
        List<TimePointResponse> responses = new ArrayList<>();
        List<CtdnaReplan> ctdna = new ArrayList<>();
        for (TimelineEntry t : replay.timeline()) {
            if (line != null && t.response() != null && !t.date().isBefore(s.lineStart())) {
                responses.add(t.response());
            }
            if ("ctdna".equals(t.kind()) && t.replan() != null) {
                ctdna.add(new CtdnaReplan(t.eventIndex(), t.date(), t.replan().trigger(), planIds(replans, t.eventIndex())));
            }
        }
        return new Status(loaded.patient().id(), loaded.version(), loaded.patientVersion(), replay.asOf(), loaded.start(),
                line, responses, line == null ? null : s.bestResponse(), s.adverseEvents(), ctdna,
                s.overdue(), s.upcoming(), options(s.plan()), problems(replay), s.plan().disclaimer());
    }

    public static Timeline timeline(CourseService.Loaded loaded, CourseReplay replay, Map<Integer, List<StoredPlan>> replans) {
        List<Event> events = new ArrayList<>();
        if (loaded.stored() != null) {
            for (StoredCourseEvent e : loaded.stored().events()) {
                events.add(new Event(e.seq(), e.type(), e.date(), e.createdAt(), e.createdBy(), tree(e.document())));
            }
        }
        return new Timeline(loaded.patient().id(), loaded.version(), replay.asOf(), events,
                entries(replay.timeline(), replans), problems(replay), replay.status().plan().disclaimer());
    }

    public static List<Entry> entries(List<TimelineEntry> timeline, Map<Integer, List<StoredPlan>> replans) {
        return timeline.stream().map(t -> new Entry(t.eventIndex(), t.date(), t.kind(), t.headline(), t.details(),
                t.response(), t.adverseEvent(), t.replan() == null ? null : new PlanChange(t.replan().trigger(),
                t.replan().diff(), options(t.replan().before()), options(t.replan().after()),
                planIds(replans, t.eventIndex())))).toList();
    }

    public static Recorded recorded(CourseService.Appended a) {
        Map<Integer, List<StoredPlan>> replans = Map.of(a.event().seq(), a.replans());
        return new Recorded(a.event().seq(), a.courseVersion(), a.event().type(), a.event().date(),
                entries(a.derived(), replans),
                a.replans().stream().map(p -> new StoredPlanRef(p.id(), p.asOf(), p.reason())).toList());
    }

    private static List<String> planIds(Map<Integer, List<StoredPlan>> replans, int seq) {
        return replans.getOrDefault(seq, List.of()).stream().map(StoredPlan::id).toList();
    }

    private static List<Option> options(Plan plan) {
        return plan.options().stream().limit(TOP_OPTIONS).map(o -> new Option(o.rank(), o.id(), o.title(), o.category()))
                .toList();
    }

    private static List<Problem> problems(CourseReplay replay) {
        return replay.problems().stream().map((CourseProblem p) -> new Problem(p.eventIndex(), p.field(), p.message())).toList();
    }

    private static Object tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored course event is not valid JSON", e);
        }
    }
}
