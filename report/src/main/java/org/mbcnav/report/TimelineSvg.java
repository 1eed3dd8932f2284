package org.mbcnav.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mbcnav.model.patient.Biopsy;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.MetastaticSite;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.Radiotherapy;
import org.mbcnav.model.patient.TreatmentCourse;

/**
 * The whole course as a server-rendered SVG: diagnosis, metastatic sites as they appeared, each
 * line of therapy as a bar with its dates and why it ended, biopsies and genomic results, and
 * any extra dated events (scans and responses from course tracking). Each mark has a title for
 * screen readers and tooltips; the same facts follow as a list for those who cannot see the chart.
 */
public final class TimelineSvg {
    /** A dated mark from elsewhere (a scan with its response, a toxicity): lane names the row. */
    public record Mark(LocalDate date, String lane, String label) {
    }

    private record Bar(LocalDate start, LocalDate end, String label, String detail, boolean open) {
    }

    private static final int WIDTH = 900;
    private static final int LEFT = 120;
    private static final int ROW = 26;

    private TimelineSvg() {
    }

    public static Html render(Patient p, LocalDate asOf, List<Mark> extra) {
        List<Mark> marks = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        if (p.disease() != null) {
            if (p.disease().primaryDiagnosisDate() != null) {
                marks.add(new Mark(p.disease().primaryDiagnosisDate(), "Diagnosis", "Breast cancer diagnosed"));
            }
            if (p.disease().metastaticDiagnosisDate() != null) {
                marks.add(new Mark(p.disease().metastaticDiagnosisDate(), "Diagnosis", "Metastatic disease diagnosed"));
            }
            for (MetastaticSite s : p.disease().sites()) {
                if (s.date() != null && s.site() != null) {
                    marks.add(new Mark(s.date(), "Sites", "Metastasis: " + name(s.site())));
                }
            }
        }
        for (Biopsy b : p.tumor().biopsies()) {
            if (b.date() != null) {
                marks.add(new Mark(b.date(), "Biomarkers", "Biopsy " + (b.site() == null ? "" : b.site())
                        + (b.erPercent() == null ? "" : ", ER " + fmt(b.erPercent()) + "%")
                        + (b.prPercent() == null ? "" : ", PR " + fmt(b.prPercent()) + "%")
                        + (b.her2() == null || b.her2().ihc() == null ? "" : ", HER2 IHC " + b.her2().ihc())));
            }
        }
        for (GenomicResult g : p.genomics()) {
            if (g.date() != null) {
                marks.add(new Mark(g.date(), "Biomarkers", g.gene() + (g.alteration() == null ? "" : " " + g.alteration())
                        + (g.result() == null ? "" : ": " + name(g.result())) + (g.specimen() == null ? "" : " (" + name(g.specimen()) + ")")));
            }
        }
        for (TreatmentCourse t : p.treatments()) {
            if (t.start() != null) {
                String why = t.stopReason() == null ? (t.end() == null ? "ongoing" : "ended") : "stopped: " + name(t.stopReason());
                String response = t.bestResponse() == null ? "" : ", best response " + name(t.bestResponse());
                bars.add(new Bar(t.start(), t.end() == null ? asOf : t.end(), String.join(" + ", t.drugs()),
                        t.start() + " to " + (t.end() == null ? "now" : t.end()) + ", " + why + response
                                + (t.setting() == null ? "" : " (" + name(t.setting()) + ")"), t.end() == null));
            }
        }
        for (Radiotherapy r : p.radiotherapy()) {
            if (r.start() != null) {
                bars.add(new Bar(r.start(), r.end() == null ? r.start() : r.end(), "Radiotherapy " + (r.site() == null ? "" : r.site()),
                        r.start() + (r.end() == null ? "" : " to " + r.end()), false));
            }
        }
        marks.addAll(extra);

        LocalDate from = asOf;
        for (Mark m : marks) {
            from = m.date().isBefore(from) ? m.date() : from;
        }
        for (Bar b : bars) {
            from = b.start().isBefore(from) ? b.start() : from;
        }
        from = from.withDayOfMonth(1);
        long span = Math.max(30, ChronoUnit.DAYS.between(from, asOf) + 15);

        List<String> lanes = new ArrayList<>(List.of("Diagnosis", "Sites", "Biomarkers"));
        extra.forEach(m -> {
            if (!lanes.contains(m.lane())) {
                lanes.add(m.lane());
            }
        });
        int barTop = lanes.size() * ROW + 30;
        int height = barTop + bars.size() * ROW + 30;

        Html h = new Html();
        h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "timeline", "viewBox", "0 0 " + WIDTH + " " + height,
                "role", "img", "aria-labelledby", "timeline-title");
        h.el("title", "Course from " + from + " to " + asOf + ": " + marks.size() + " events, " + bars.size() + " treatments",
                "id", "timeline-title");
        // Axis: one tick per year.
        int axisY = height - 20;
        h.empty("line", "x1", str(LEFT), "y1", str(axisY), "x2", str(WIDTH - 10), "y2", str(axisY), "stroke", "#4a4a4a");
        for (int y = from.getYear() + (from.getDayOfYear() > 1 ? 1 : 0); y <= asOf.getYear(); y++) {
            int x = x(LocalDate.of(y, 1, 1), from, span);
            h.empty("line", "x1", str(x), "y1", str(axisY), "x2", str(x), "y2", str(axisY + 5), "stroke", "#4a4a4a");
            h.el("text", String.valueOf(y), "x", str(x), "y", str(axisY + 16), "font-size", "11", "text-anchor", "middle",
                    "fill", "#1a1a1a");
        }
        for (int i = 0; i < lanes.size(); i++) {
            int y = 20 + i * ROW;
            h.el("text", lanes.get(i), "x", "4", "y", str(y + 4), "font-size", "12", "fill", "#1a1a1a");
            h.empty("line", "x1", str(LEFT), "y1", str(y), "x2", str(WIDTH - 10), "y2", str(y), "stroke", "#cccccc");
        }
        for (Mark m : marks) {
            int y = 20 + lanes.indexOf(m.lane()) * ROW;
            h.open("g").el("title", m.date() + ": " + m.label());
            h.empty("circle", "cx", str(x(m.date(), from, span)), "cy", str(y), "r", "6", "fill", colour(m.lane()),
                    "stroke", "#1a1a1a");
            h.close("g");
        }
        h.el("text", "Treatments", "x", "4", "y", str(barTop - 6), "font-size", "12", "fill", "#1a1a1a");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = barTop + i * ROW;
            int x1 = x(b.start(), from, span);
            int x2 = Math.max(x1 + 4, x(b.end(), from, span));
            h.open("g").el("title", b.label() + ": " + b.detail());
            h.empty("rect", "x", str(x1), "y", str(y), "width", str(x2 - x1), "height", "18", "rx", "3",
                    "fill", b.open() ? "#0b4f8a" : "#5b7fa6");
            h.el("text", b.label(), "x", str(Math.min(x1 + 4, WIDTH - 200)), "y", str(y + 13), "font-size", "11",
                    "fill", x2 - x1 > 150 ? "#ffffff" : "#1a1a1a");
            h.close("g");
        }
        h.close("svg");

        h.open("details").el("summary", "The course as a list");
        h.open("ul");
        marks.stream().sorted((a, b) -> a.date().compareTo(b.date()))
                .forEach(m -> h.el("li", m.date() + " - " + m.lane() + ": " + m.label()));
        bars.forEach(b -> h.el("li", "Treatment " + b.label() + ": " + b.detail()));
        h.close("ul").close("details");
        return h;
    }

    private static int x(LocalDate d, LocalDate from, long span) {
        long days = ChronoUnit.DAYS.between(from, d);
        return LEFT + (int) Math.round((WIDTH - LEFT - 20) * (double) Math.max(0, days) / span);
    }

    private static String colour(String lane) {
        return switch (lane) {
            case "Diagnosis" -> "#8a1c00";
            case "Sites" -> "#b35c00";
            case "Biomarkers" -> "#2e6b30";
            default -> "#5a2d82";
        };
    }

    private static String name(Object e) {
        return e.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String fmt(Double d) {
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    private static String str(int i) {
        return String.valueOf(i);
    }
}
