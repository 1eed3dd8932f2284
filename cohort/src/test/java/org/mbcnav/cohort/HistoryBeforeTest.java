package org.mbcnav.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mbcnav.model.patient.AlterationType;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.StopReason;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.patient.VariantResult;

class HistoryBeforeTest {
    @Test
    void onlyWhatWasKnownBeforeTheDateRemains() {
        LocalDate d = LocalDate.of(2025, 3, 1);
        TreatmentCourse done = new TreatmentCourse(List.of("letrozole"), TherapySetting.METASTATIC, LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 2, 1), StopReason.PROGRESSION, null, null);
        TreatmentCourse running = new TreatmentCourse(List.of("palbociclib"), TherapySetting.METASTATIC, LocalDate.of(2024, 6, 1),
                LocalDate.of(2025, 8, 1), StopReason.PROGRESSION, null, null);
        TreatmentCourse starting = new TreatmentCourse(List.of("fulvestrant"), TherapySetting.METASTATIC, d, null, null, null, null);
        GenomicResult before = new GenomicResult("PIK3CA", AlterationType.MUTATION, "H1047R", null, VariantResult.PATHOGENIC, null, null,
                LocalDate.of(2025, 1, 1), null, null);
        GenomicResult after = new GenomicResult("ESR1", AlterationType.MUTATION, "Y537S", null, VariantResult.PATHOGENIC, null, null,
                LocalDate.of(2025, 4, 1), null, null);
        Patient p = new Patient("x", null, null, List.of(before, after), null, null, List.of(done, running, starting), List.of(), List.of(),
                null, null);
        Patient then = HistoryBefore.at(p, d);
        assertThat(then.treatments()).extracting(TreatmentCourse::drugs).containsExactly(List.of("letrozole"), List.of("palbociclib"));
        assertThat(then.treatments().get(1).end()).isNull();
        assertThat(then.treatments().get(1).stopReason()).isNull();
        assertThat(then.genomics()).containsExactly(before);
    }
}
