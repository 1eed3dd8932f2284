package org.mbcnav.engine.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.StopReason;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.plan.Derivation;

/**
 * Exposures and metastatic lines of therapy from the recorded courses. The line rules are in
 * docs/clinical-interpretations.md ("Lines of therapy"): a new line starts with a new regimen
 * after progression, or when a drug of a class not yet in the line is added; switching within a
 * class, dropping a drug or continuing as maintenance stays in the line.
 */
final class TreatmentHistory {
    private static final String SUPPORTIVE = "bone-modifying-agent";
    private static final String OVARIAN_SUPPRESSION = "ovarian-suppression";
    private static final String ENDOCRINE = "endocrine-therapy";
    /**
     * Drugs started within this many days of a line's start belong to its regimen (the
     * "line regimen window" of Meng et al. 2019 and its validation, JMIR Med Inform 2021; see
     * docs/clinical-interpretations.md): a CDK4/6 inhibitor added two weeks after the aromatase
     * inhibitor is first line, not a new line.
     */
    static final int REGIMEN_WINDOW_DAYS = 28;

    record Result(List<PriorExposure> exposures, List<LineOfTherapy> lines, LocalDate lastProgression) {
    }

    private final Knowledge k;
    private final Explanations x;

    TreatmentHistory(Knowledge k, Explanations x) {
        this.k = k;
        this.x = x;
    }

    Result derive(List<TreatmentCourse> courses, LocalDate metastaticDate) {
        List<TreatmentCourse> sorted = new ArrayList<>(courses);
        sorted.sort(Comparator.comparing(TreatmentCourse::start, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<PriorExposure> exposures = new ArrayList<>();
        LocalDate lastProgression = null;
        for (TreatmentCourse c : sorted) {
            boolean early = c.setting() == TherapySetting.ADJUVANT || c.setting() == TherapySetting.NEOADJUVANT;
            boolean progressed = c.stopReason() == StopReason.PROGRESSION
                    || (early && relapsedDuring(c, metastaticDate));
            exposures.add(new PriorExposure(Set.copyOf(c.drugs()), classesOf(c.drugs()), early, progressed,
                    c.start(), c.end()));
            LocalDate when = early && progressed ? metastaticDate : c.end();
            if (progressed && when != null && (lastProgression == null || when.isAfter(lastProgression))) {
                lastProgression = when;
            }
        }
        if (metastaticDate != null && (lastProgression == null || metastaticDate.isAfter(lastProgression))) {
            // The metastatic diagnosis itself is a progression event for "test at progression" rules.
            lastProgression = metastaticDate;
        }
        List<LineOfTherapy> lines = lines(sorted);
        for (LineOfTherapy l : lines) {
            x.derivation(() -> new Derivation("line " + l.number(), String.join(" + ", new java.util.TreeSet<>(l.drugs())),
                    l.start() + " to " + (l.ongoing() ? "ongoing" : String.valueOf(l.end()))
                            + (l.progressed() ? ", ended with progression" : "")
                            + (l.courses().size() > 1 ? " (" + l.courses().size() + " courses in one line)" : ""),
                    List.of()));
        }
        return new Result(exposures, lines, lastProgression);
    }

    private List<LineOfTherapy> lines(List<TreatmentCourse> sorted) {
        List<LineOfTherapy> lines = new ArrayList<>();
        List<TreatmentCourse> current = new ArrayList<>();
        for (TreatmentCourse c : sorted) {
            if (c.setting() != TherapySetting.METASTATIC || !anticancer(c)) {
                continue;
            }
            if (!current.isEmpty() && startsNewLine(current, c)) {
                lines.add(line(lines.size() + 1, current));
                current = new ArrayList<>();
            }
            current.add(c);
        }
        if (!current.isEmpty()) {
            lines.add(line(lines.size() + 1, current));
        }
        return lines;
    }

    private boolean startsNewLine(List<TreatmentCourse> line, TreatmentCourse next) {
        TreatmentCourse previous = line.get(line.size() - 1);
        if (previous.stopReason() == StopReason.PROGRESSION) {
            return true;
        }
        LocalDate lineStart = line.get(0).start();
        if (lineStart != null && next.start() != null
                && java.time.temporal.ChronoUnit.DAYS.between(lineStart, next.start()) <= REGIMEN_WINDOW_DAYS) {
            return false;
        }
        Set<String> inLine = new HashSet<>();
        line.forEach(c -> inLine.addAll(c.drugs()));
        for (String drug : next.drugs()) {
            if (!inLine.contains(drug) && inLine.stream().noneMatch(d -> shareSpecificClass(d, drug))) {
                return true;
            }
        }
        return false;
    }

    /** Two drugs are "in the same class" when they share a class below the broad roots. */
    private boolean shareSpecificClass(String a, String b) {
        Set<String> ca = specific(a);
        return specific(b).stream().anyMatch(ca::contains);
    }

    private Set<String> specific(String drug) {
        Set<String> out = new HashSet<>();
        for (String c : k.classesOf(drug)) {
            var cls = k.classes().get(c);
            if (cls != null && !cls.parents().isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A course of only bone-modifying agents or only ovarian suppression supports a line but is
     * not one (a GnRH agonist started ahead of first-line therapy does not make a line).
     */
    private boolean anticancer(TreatmentCourse c) {
        return c.drugs().stream().anyMatch(d -> {
            Set<String> classes = k.classesOf(d);
            return !classes.contains(SUPPORTIVE) && !(classes.contains(OVARIAN_SUPPRESSION)
                    && !classes.contains(ENDOCRINE));
        });
    }

    private LineOfTherapy line(int number, List<TreatmentCourse> courses) {
        Set<String> drugs = new HashSet<>();
        courses.forEach(c -> drugs.addAll(c.drugs()));
        TreatmentCourse last = courses.get(courses.size() - 1);
        boolean ongoing = last.end() == null;
        LocalDate start = courses.get(0).start();
        boolean progressed = last.stopReason() == StopReason.PROGRESSION;
        return new LineOfTherapy(number, courses, drugs, classesOf(drugs), start, last.end(), progressed,
                progressed ? last.end() : null, ongoing);
    }

    private Set<String> classesOf(java.util.Collection<String> drugs) {
        Set<String> out = new HashSet<>();
        drugs.forEach(d -> out.addAll(k.classesOf(d)));
        return out;
    }

    /** Relapse during an early-setting course: the metastatic diagnosis falls within it. */
    private static boolean relapsedDuring(TreatmentCourse c, LocalDate metastaticDate) {
        if (metastaticDate == null || c.start() == null || metastaticDate.isBefore(c.start())) {
            return false;
        }
        return c.end() == null || !metastaticDate.isAfter(c.end());
    }
}
