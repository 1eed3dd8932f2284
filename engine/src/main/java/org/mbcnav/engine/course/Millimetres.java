package org.mbcnav.engine.course;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact lesion arithmetic: measurements become BigDecimal so that threshold tests such as
 * "exactly 30 % smaller" are decided exactly, never by floating-point percentages.
 */
final class Millimetres {
    private Millimetres() {
    }

    static BigDecimal of(double mm) {
        return BigDecimal.valueOf(mm).stripTrailingZeros();
    }

    static String text(BigDecimal mm) {
        return mm.stripTrailingZeros().toPlainString() + " mm";
    }

    /** Signed change of value against reference, in percent with one decimal ("-30.0 %"). */
    static String percentChange(BigDecimal value, BigDecimal reference) {
        if (reference.signum() == 0) {
            return "n/a (reference 0 mm)";
        }
        BigDecimal pct = value.subtract(reference).multiply(BigDecimal.valueOf(100))
                .divide(reference, 1, RoundingMode.HALF_UP);
        return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + " %";
    }
}
