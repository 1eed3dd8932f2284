package org.mbcnav.model.patient;

/**
 * What the person wants from treatment. Preferences reorder options within a category and are
 * shown; they never hide an option.
 */
public record Preferences(Boolean oralOnly, Boolean avoidHairLoss, Boolean fewerVisits, String goalsOfCare) {
    public static final Preferences NONE = new Preferences(null, null, null, null);
}
