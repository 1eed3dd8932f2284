package org.mbcnav.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mbcnav.model.patient.DataQualityIssue;

/** Full dates take a path without the regular expression; it must read exactly what the expression reads. */
class FhirDateTest {

    private static Optional<LocalDate> parse(String value, IssueLog log) {
        return FhirDate.parse(value, log, "Observation/x effectiveDateTime");
    }

    @Test
    void fullDatesWithOrWithoutATimeAreTheCalendarDateWritten() {
        IssueLog log = new IssueLog();
        assertThat(parse("2023-06-03", log)).contains(LocalDate.of(2023, 6, 3));
        assertThat(parse("2017-07-21T23:41:09-04:00", log)).contains(LocalDate.of(2017, 7, 21));
        assertThat(parse(" 2024-02-29T00:00:00Z ", log)).contains(LocalDate.of(2024, 2, 29));
        assertThat(parse("2021-05-03T", log)).contains(LocalDate.of(2021, 5, 3));
        assertThat(parse("0000-01-01", log)).contains(LocalDate.of(0, 1, 1));
        assertThat(log.all()).isEmpty();
    }

    @Test
    void impossibleDatesAndOtherTextAreReportedAndIgnored() {
        for (String bad : new String[] {"2021-02-30", "2023-02-29", "2021-13-01", "2021-00-10", "2021-04-31T10:00"}) {
            IssueLog log = new IssueLog();
            assertThat(parse(bad, log)).as(bad).isEmpty();
            assertThat(log.all()).as(bad).extracting(DataQualityIssue::reason).containsExactly("not a real calendar date; ignored");
        }
        for (String bad : new String[] {"2021-05-03x", "2021/05/03", "21-05-03", "2021-5-3", "2021-05-03T10\n:00",
                "\u0662\u0660\u0662\u0661-05-03", "2021-05-03 10:00"}) {
            IssueLog log = new IssueLog();
            assertThat(parse(bad, log)).as(bad).isEmpty();
            assertThat(log.all()).as(bad).extracting(DataQualityIssue::reason).containsExactly("not a FHIR date or dateTime; ignored");
        }
    }

    @Test
    void partialDatesAreTheFirstDayAndSaySo() {
        IssueLog log = new IssueLog();
        assertThat(parse("2021", log)).contains(LocalDate.of(2021, 1, 1));
        assertThat(parse("2021-05", log)).contains(LocalDate.of(2021, 5, 1));
        assertThat(parse("2021-05T10:00", log)).contains(LocalDate.of(2021, 5, 1));
        assertThat(log.all()).extracting(DataQualityIssue::severity).containsExactly("info", "info", "info");
        assertThat(parse("", log)).isEmpty();
        assertThat(parse(null, log)).isEmpty();
    }
}
