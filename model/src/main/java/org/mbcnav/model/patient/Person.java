package org.mbcnav.model.patient;

import java.time.LocalDate;

/**
 * Who the patient is. Menopausal status and ovarian suppression decide endocrine partners;
 * ECOG or Karnofsky decide fitness for treatment. Null means not recorded.
 */
public record Person(
        Sex sex,
        LocalDate birthDate,
        MenopausalStatus menopausalStatus,
        Boolean ovarianSuppression,
        Integer ecog,
        Integer karnofsky,
        Boolean pregnant) {
}
