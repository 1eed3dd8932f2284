package org.mbcnav.cohort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One metastatic course judged against the plan computed as of its start date D from the
 * history before D: {@code anyDrug} when one of its drugs is in one of the plan's options,
 * {@code exact} when its drugs are exactly the drugs of one option. {@code line} is the line the
 * engine derived at D (the line the course started).
 */
public record CourseJudgement(LocalDate start, List<String> drugs, int line, boolean anyDrug, boolean exact)
        implements Serializable {
    public CourseJudgement {
        drugs = List.copyOf(drugs);
    }
}
