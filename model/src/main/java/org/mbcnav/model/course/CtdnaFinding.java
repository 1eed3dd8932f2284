package org.mbcnav.model.course;

import org.mbcnav.model.patient.AlterationType;
import org.mbcnav.model.patient.VariantResult;

/** One gene on a ctDNA report: what was found (or not-detected) and at what allele fraction. */
public record CtdnaFinding(String gene, AlterationType type, String alteration, VariantResult result, Double vaf) {
}
