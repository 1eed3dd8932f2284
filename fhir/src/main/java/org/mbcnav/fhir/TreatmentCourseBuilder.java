package org.mbcnav.fhir;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mbcnav.model.patient.StopReason;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;

/**
 * Groups medication records into treatment courses. mCODE has no line-of-therapy element
 * (standards doc §1.7), so courses are derived: drugs that start within {@value #WINDOW_DAYS}
 * days of the previous start in a course belong to it, which keeps an endocrine partner and its
 * CDK4/6 inhibitor (started together) in one course and keeps repeated administrations of one
 * regimen together. The setting comes from the stated intent, else from dates.
 */
final class TreatmentCourseBuilder {
    static final int WINDOW_DAYS = 28;

    /** What the course setting depends on, decided from the whole bundle first. */
    record Context(boolean notMetastatic, Boolean deNovo, LocalDate metastaticDate, LocalDate firstSurgery) {
    }

    List<TreatmentCourse> build(List<MedicationUse> uses, Context ctx, IssueLog log) {
        List<MedicationUse> sorted = new ArrayList<>(uses);
        sorted.sort(Comparator.comparing(MedicationUse::start));
        List<List<MedicationUse>> groups = new ArrayList<>();
        java.util.Map<String, List<MedicationUse>> byCourse = new java.util.HashMap<>();
        List<MedicationUse> window = null;
        LocalDate lastStart = null;
        for (MedicationUse u : sorted) {
            if (u.course() != null) {
                // Records that name their course (groupIdentifier) stay in it, whatever the dates.
                byCourse.computeIfAbsent(u.course(), k -> {
                    List<MedicationUse> g = new ArrayList<>();
                    groups.add(g);
                    return g;
                }).add(u);
                continue;
            }
            if (window == null || ChronoUnit.DAYS.between(lastStart, u.start()) > WINDOW_DAYS) {
                window = new ArrayList<>();
                groups.add(window);
            }
            window.add(u);
            lastStart = u.start();
        }
        List<TreatmentCourse> courses = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            LocalDate nextStart = i + 1 < groups.size() ? groups.get(i + 1).get(0).start() : null;
            courses.add(course(groups.get(i), nextStart, ctx, log));
        }
        return courses;
    }

    private static TreatmentCourse course(List<MedicationUse> group, LocalDate nextStart, Context ctx, IssueLog log) {
        Set<String> drugs = new LinkedHashSet<>();
        boolean ongoing = false;
        boolean endKnown = true;
        LocalDate latestEnd = null;
        for (MedicationUse u : group) {
            drugs.add(u.drug());
            ongoing |= u.ongoing() && u.end() == null;
            endKnown &= u.end() != null;
            if (u.end() != null && (latestEnd == null || u.end().isAfter(latestEnd))) {
                latestEnd = u.end();
            }
        }
        LocalDate start = group.get(0).start();
        LocalDate end = ongoing ? null : latestEnd;
        endKnown |= ongoing;
        String note = null;
        if (nextStart != null && (end == null || !endKnown)) {
            // A later course started, so this one ended by then at the latest; leaving the end
            // empty would make it look ongoing.
            end = nextStart;
            note = "end date not recorded; taken as the start of the next course";
            log.info(where(group), String.join(" + ", drugs), note);
        } else if (nextStart == null && !ongoing && end == null) {
            note = "ended; end date not recorded";
            log.warning(where(group), String.join(" + ", drugs),
                    "the last course is marked ended but has no end date; the model will read it as ongoing");
        }
        StopReason reason = stopReason(group);
        return new TreatmentCourse(List.copyOf(drugs), setting(group, start, ctx, log), start, end, reason, null, note);
    }

    /** The records of a course, as issues name it; built only when an issue is logged. */
    private static String where(List<MedicationUse> group) {
        return String.join(", ", group.stream().map(MedicationUse::ref).distinct().toList());
    }

    /** The stop reasons in the order of precedence: the first that any record of the course gives. */
    private static final List<StopReason> STOP_REASONS =
            List.of(StopReason.PROGRESSION, StopReason.TOXICITY, StopReason.PATIENT_CHOICE, StopReason.OTHER, StopReason.COMPLETED);

    private static StopReason stopReason(List<MedicationUse> group) {
        for (StopReason r : STOP_REASONS) {
            for (MedicationUse u : group) {
                if (u.stopReason() == r) {
                    return r;
                }
            }
        }
        return null;
    }

    private static TherapySetting setting(List<MedicationUse> group, LocalDate start, Context ctx, IssueLog log) {
        for (MedicationUse u : group) {
            if (u.setting() != null) {
                return u.setting();
            }
        }
        boolean palliative = false;
        boolean curative = false;
        for (MedicationUse u : group) {
            palliative |= "palliative".equals(u.intent());
            curative |= "curative".equals(u.intent());
        }
        if (palliative) {
            return TherapySetting.METASTATIC;
        }
        if (curative) {
            if (ctx.metastaticDate() != null && !Boolean.TRUE.equals(ctx.deNovo()) && !start.isBefore(ctx.metastaticDate())) {
                log.warning(where(group), "intent curative", "curative intent but started after the metastatic diagnosis ("
                        + ctx.metastaticDate() + "); the stated intent is kept");
            }
            return early(group, start, ctx, log);
        }
        if (ctx.notMetastatic()) {
            return early(group, start, ctx, log);
        }
        if (Boolean.TRUE.equals(ctx.deNovo())) {
            return TherapySetting.METASTATIC;
        }
        if (ctx.metastaticDate() != null) {
            return start.isBefore(ctx.metastaticDate()) ? early(group, start, ctx, log) : TherapySetting.METASTATIC;
        }
        log.warning(where(group), "setting", "no intent and no metastatic diagnosis date; the setting of this course is unknown");
        return null;
    }

    private static TherapySetting early(List<MedicationUse> group, LocalDate start, Context ctx, IssueLog log) {
        if (ctx.firstSurgery() == null) {
            log.warning(where(group), "setting", "early-disease treatment but no surgery date; adjuvant or neoadjuvant unknown");
            return null;
        }
        return start.isBefore(ctx.firstSurgery()) ? TherapySetting.NEOADJUVANT : TherapySetting.ADJUVANT;
    }
}
