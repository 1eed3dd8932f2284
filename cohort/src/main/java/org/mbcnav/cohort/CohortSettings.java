package org.mbcnav.cohort;

import java.nio.file.Path;
import java.time.LocalDate;
import org.mbcnav.model.knowledge.Knowledge;

/**
 * What a cohort run needs: the export folder, where the report goes, the as-of date, the
 * knowledge (and, for a comparison, the previous knowledge, else null) and the worker threads
 * (1 = everything on the calling thread).
 */
public record CohortSettings(Path input, Path out, LocalDate asOf, Knowledge knowledge, Knowledge previous, int threads) {
    public CohortSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }
}
