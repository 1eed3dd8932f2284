package org.mbcnav.engine.course;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mbcnav.model.course.LabValue;
import org.mbcnav.model.course.knowledge.CtcaeTable;
import org.mbcnav.model.course.knowledge.CtcaeTerm;
import org.mbcnav.model.course.knowledge.GradeBand;
import org.mbcnav.model.course.knowledge.GradeMeasure;
import org.mbcnav.model.course.knowledge.Interval;

/**
 * Grades a lab value with the CTCAE bands of knowledge/course/ctcae.yaml. Each measure that
 * applies (absolute value, multiple of ULN or of baseline, change or drop from baseline) gives a
 * grade; the term's grade is the highest. Ratios are computed exactly so that a value of exactly
 * 3.0 x ULN falls in the band the table says, not in the next one by rounding.
 */
public final class CtcaeGrader {
    private final CtcaeTable table;

    public CtcaeGrader(CtcaeTable table) {
        this.table = table;
    }

    public Optional<LabGrade> grade(LabValue v) {
        return table.forLab(v.test()).map(term -> grade(term, v));
    }

    private LabGrade grade(CtcaeTerm term, LabValue v) {
        List<String> trace = new ArrayList<>();
        String version = "CTCAE v" + table.version();
        int grade = 0;
        Integer possible = null;
        boolean unverified = !term.unverified().isEmpty();
        for (GradeMeasure m : term.measures()) {
            String skip = notApplicable(m, v);
            if (skip != null) {
                trace.add(version + " " + term.term() + " by " + m.of() + ": " + skip);
                continue;
            }
            BigDecimal x = quantity(m.of(), v);
            if (x == null) {
                trace.add(version + " " + term.term() + " by " + m.of() + ": cannot be computed ("
                        + (m.of().equals("ratio-to-uln") ? "the lab's ULN is not recorded" : "baseline not recorded") + ")");
                possible = maxGrade(m, possible);
                continue;
            }
            for (GradeBand b : m.bands()) {
                Boolean in = contains(b.interval(), x, v.lln());
                if (in == null) {
                    if (b.grade() > grade) {
                        possible = possible == null ? b.grade() : Math.max(possible, b.grade());
                        trace.add(version + " " + term.term() + ": " + describe(m.of(), x, v) + " may be grade " + b.grade()
                                + " " + b.interval() + " — the lab's LLN is not recorded");
                    }
                } else if (in) {
                    trace.add(version + " " + term.term() + ": " + describe(m.of(), x, v) + " is in " + b.interval()
                            + " -> grade " + b.grade() + (m.unverified() ? " [UNVERIFIED band]" : ""));
                    unverified |= m.unverified();
                    grade = Math.max(grade, b.grade());
                }
            }
        }
        if (possible != null && possible <= grade) {
            possible = null;
        }
        if (grade == 0 && possible == null) {
            trace.add(version + " " + term.term() + ": no band applies -> not an adverse event by these bands (grade 0)");
        }
        if (term.note() != null) {
            trace.add(term.note());
        }
        return new LabGrade(term.id(), term.term(), grade, possible, trace, term.sources(), unverified);
    }

    private static Integer maxGrade(GradeMeasure m, Integer possible) {
        int g = m.bands().stream().mapToInt(GradeBand::grade).max().orElse(0);
        return possible == null ? g : Math.max(possible, g);
    }

    private static String notApplicable(GradeMeasure m, LabValue v) {
        if (m.when() == null) {
            return null;
        }
        boolean baselineAbnormal = v.baseline() != null && v.uln() != null && v.baseline() > v.uln();
        return switch (m.when()) {
            case "baseline-normal" -> baselineAbnormal ? "baseline above ULN, graded against baseline instead" : null;
            case "baseline-abnormal" -> baselineAbnormal ? null : "applies only when the baseline is above ULN";
            case "baseline-known" -> v.baseline() == null ? "baseline not recorded" : null;
            default -> "unknown condition " + m.when();
        };
    }

    private static BigDecimal quantity(String of, LabValue v) {
        BigDecimal value = BigDecimal.valueOf(v.value());
        return switch (of) {
            case "value" -> value;
            case "ratio-to-uln" -> v.uln() == null || v.uln() <= 0 ? null
                    : value.divide(BigDecimal.valueOf(v.uln()), MathContext.DECIMAL64);
            case "ratio-to-baseline" -> v.baseline() == null || v.baseline() <= 0 ? null
                    : value.divide(BigDecimal.valueOf(v.baseline()), MathContext.DECIMAL64);
            case "change-from-baseline" -> v.baseline() == null ? null : value.subtract(BigDecimal.valueOf(v.baseline()));
            case "drop-from-baseline" -> v.baseline() == null ? null : BigDecimal.valueOf(v.baseline()).subtract(value);
            default -> null;
        };
    }

    private static Boolean contains(Interval i, BigDecimal x, Double lln) {
        if ((i.lowLln() || i.highLln()) && lln == null) {
            return null;
        }
        boolean aboveLow = i.lowLln() ? cmp(x, BigDecimal.valueOf(lln), i.lowInclusive())
                : Double.isInfinite(i.low()) || cmp(x, BigDecimal.valueOf(i.low()), i.lowInclusive());
        boolean belowHigh = i.highLln() ? cmp(BigDecimal.valueOf(lln), x, i.highInclusive())
                : Double.isInfinite(i.high()) || cmp(BigDecimal.valueOf(i.high()), x, i.highInclusive());
        return aboveLow && belowHigh;
    }

    /** a >= b when inclusive, a > b otherwise. */
    private static boolean cmp(BigDecimal a, BigDecimal b, boolean inclusive) {
        int c = a.compareTo(b);
        return inclusive ? c >= 0 : c > 0;
    }

    private static String describe(String of, BigDecimal x, LabValue v) {
        String value = num(v.value()) + " " + v.test().unit();
        return switch (of) {
            case "ratio-to-uln" -> value + " = " + x.round(new MathContext(4)).stripTrailingZeros().toPlainString()
                    + " x ULN (" + num(v.uln()) + ")";
            case "ratio-to-baseline" -> value + " = " + x.round(new MathContext(4)).stripTrailingZeros().toPlainString()
                    + " x baseline (" + num(v.baseline()) + ")";
            case "change-from-baseline" -> value + ", change from baseline " + num(v.baseline()) + " = " + x.toPlainString();
            case "drop-from-baseline" -> value + ", drop from baseline " + num(v.baseline()) + " = " + x.toPlainString() + " points";
            default -> value;
        };
    }

    static String num(Double d) {
        return d == null ? "?" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
