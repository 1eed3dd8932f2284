package org.mbcnav.quality;

/** A measured proportion that always carries its denominator. */
public record Ratio(int count, int total) {
    /** Percentage to one decimal, or null when nothing was measured (0 of 0 is not 100 %). */
    public Double percent() {
        return total == 0 ? null : Math.round(1000.0 * count / total) / 10.0;
    }

    @Override
    public String toString() {
        return count + "/" + total + (total == 0 ? " (nothing measured)" : " (" + percent() + " %)");
    }
}
