package org.mbcnav.quality;

/**
 * How often one criterion (or exclusion/caution rule) was seen true, false and unknown.
 *
 * @param path e.g. eligibility[2], eligibility[2].anyOf[1], eligibility[0].not, cautions[3]
 */
public record PathCoverage(String path, String text, int seenTrue, int seenFalse, int seenUnknown) {
    /** A rule "fires" when its condition is true. */
    public boolean fired() {
        return seenTrue > 0;
    }
}
