package org.mbcnav.fhir;

import java.time.LocalDate;
import org.mbcnav.model.patient.Biopsy;
import org.mbcnav.model.patient.Her2Result;
import org.mbcnav.model.patient.Her2Status;
import org.mbcnav.model.patient.IshResult;
import org.mbcnav.model.patient.ReceptorStatus;

/** A biopsy being assembled from separate ER, PR, HER2 and grade Observations. */
final class BiopsyDraft {
    final LocalDate date;
    String site;
    Boolean metastatic;
    Double erPercent;
    ReceptorStatus erStatus;
    Double prPercent;
    ReceptorStatus prStatus;
    String her2Ihc;
    Boolean membraneStaining;
    IshResult ish;
    Her2Status her2Status;
    Integer grade;
    Double ki67;

    BiopsyDraft(LocalDate date) {
        this.date = date;
    }

    boolean hasResult() {
        return erPercent != null || erStatus != null || prPercent != null || prStatus != null
                || her2Ihc != null || ish != null || her2Status != null || grade != null || ki67 != null;
    }

    Biopsy toBiopsy() {
        Her2Result her2 = her2Ihc == null && ish == null && her2Status == null ? null
                : new Her2Result(her2Ihc, membraneStaining, ish, her2Ihc == null && ish == null ? her2Status : null);
        return new Biopsy(date, site, metastatic, erPercent, erStatus, prPercent, prStatus, her2, grade, ki67);
    }
}
