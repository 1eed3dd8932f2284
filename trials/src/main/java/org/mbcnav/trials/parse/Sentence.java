package org.mbcnav.trials.parse;

/**
 * One sentence of a trial's eligibility text, the unit every criterion points back to.
 *
 * @param section inclusion | exclusion
 * @param heading the nearest heading or parent bullet above it ("Key inclusion criteria only for
 *                phase III:"), empty when none
 * @param text    the sentence as written, with escapes and symbols normalised (>=, <=)
 */
public record Sentence(int index, String section, String heading, String text) {
    public boolean exclusion() {
        return "exclusion".equals(section);
    }
}
