package org.mbcnav.model.course.knowledge;

/**
 * A numeric interval as written in the knowledge files, e.g. "[1.0, 1.5)", "(20, inf)" or
 * "[1.5, LLN)". A bound may be the reporting lab's lower limit of normal (LLN) instead of a
 * number; then lowLln/highLln is set and the number is unused.
 */
public record Interval(double low, boolean lowInclusive, boolean lowLln, double high, boolean highInclusive,
                       boolean highLln, String text) {

    /** Whether x lies in the interval; lln is the lab's LLN (null if not known). Null = cannot tell. */
    public Boolean contains(double x, Double lln) {
        if ((lowLln || highLln) && lln == null) {
            return null;
        }
        double lo = lowLln ? lln : low;
        double hi = highLln ? lln : high;
        boolean aboveLow = lowInclusive ? x >= lo : x > lo;
        boolean belowHigh = highInclusive ? x <= hi : x < hi;
        return aboveLow && belowHigh;
    }

    @Override
    public String toString() {
        return text;
    }
}
