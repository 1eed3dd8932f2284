package org.mbcnav.model.patient;

import java.time.LocalDate;
import java.util.List;

/**
 * One course of systemic treatment as given: drugs by lowercase INN, the setting, dates, why it
 * stopped and the best response. An ongoing course has no end date.
 */
public record TreatmentCourse(
        List<String> drugs,
        TherapySetting setting,
        LocalDate start,
        LocalDate end,
        StopReason stopReason,
        Response bestResponse,
        String note) {

    public TreatmentCourse {
        drugs = Lists.copy(drugs);
    }
}
