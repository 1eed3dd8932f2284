package org.mbcnav.engine.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mbcnav.model.course.Scan;

/** The running treatment line while a course is replayed: drugs, doses, scans and adverse events. */
final class LineState {
    final LocalDate start;
    final List<String> drugs;
    final String label;
    final Map<String, String> doses = new LinkedHashMap<>();
    Scan baseline;
    final List<Scan> followUps = new ArrayList<>();
    final List<TimePointResponse> responses = new ArrayList<>();
    final List<AdverseEventAssessment> adverseEvents = new ArrayList<>();

    LineState(LocalDate start, List<String> drugs, String label) {
        this.start = start;
        this.drugs = List.copyOf(drugs);
        this.label = label;
    }
}
