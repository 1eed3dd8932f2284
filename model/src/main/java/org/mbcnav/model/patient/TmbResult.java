package org.mbcnav.model.patient;

import java.time.LocalDate;

/** Tumour mutational burden in mutations per megabase. */
public record TmbResult(Double mutationsPerMb, LocalDate date, String assay) {
}
