package org.mbcnav.model.patient;

import java.time.LocalDate;

/**
 * One gene tested once. A result of not-detected means the gene was tested and no alteration
 * was found; a gene with no result at all was not tested.
 */
public record GenomicResult(
        String gene,
        AlterationType type,
        String alteration,
        String hgvs,
        VariantResult result,
        VariantOrigin origin,
        SpecimenType specimen,
        LocalDate date,
        String assay,
        Double vaf) {
}
