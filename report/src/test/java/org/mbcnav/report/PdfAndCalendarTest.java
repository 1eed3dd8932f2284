package org.mbcnav.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mbcnav.model.plan.Plan;

class PdfAndCalendarTest {
    private static Plan plan() throws Exception {
        return Examples.plan(Examples.ROOT.resolve("examples/patients/hr-positive-pik3ca-after-cdk46.yaml"));
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void patientPdfHoldsThePlainLanguageReport() throws Exception {
        byte[] pdf = PdfRenderer.render(new PatientReport(Examples.knowledge(), Examples.language()).document(plan(), null));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Your treatment plan", "About your cancer", "Questions to ask your care team",
                "does not replace your care team");
    }

    @Test
    void clinicianPdfHoldsOptionsWhyNotAndTheDisclaimer() throws Exception {
        Plan p = plan();
        String text = text(PdfRenderer.render(new ClinicianReport().document(p, null)));
        assertThat(text).contains("Treatment plan for " + p.patientSummary().id(), "Why not", "Missing tests",
                "Monitoring calendar", p.options().get(0).title(), "it does not replace them");
    }

    @Test
    void monitoringCalendarIsRfc5545() throws Exception {
        Plan p = plan();
        String ics = MonitoringCalendar.ics(p);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        long events = p.monitoring().stream().mapToLong(m -> m.dates().size()).sum();
        assertThat(events).isPositive();
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize((int) events + 1);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void timelineShowsTheCourseWithAccessibleTitles() throws Exception {
        var patient = Examples.patient(Examples.ROOT.resolve("examples/patients/hr-positive-pik3ca-after-cdk46.yaml"));
        String svg = TimelineSvg.render(patient, Examples.AS_OF, java.util.List.of(
                new TimelineSvg.Mark(java.time.LocalDate.of(2025, 1, 10), "Scans", "Scan: partial response"))).toString();
        assertThat(svg).contains("<svg", "role=\"img\"", "Metastatic disease diagnosed", "Metastasis: liver",
                "letrozole + palbociclib", "PIK3CA H1047R", "Scan: partial response", "The course as a list");
    }
}
