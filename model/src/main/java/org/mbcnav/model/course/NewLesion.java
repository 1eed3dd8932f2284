package org.mbcnav.model.course;

/**
 * A lesion not present at baseline. Equivocal means not yet unequivocal (RECIST 1.1 §4.3.4):
 * no progression yet; if a later scan confirms the same id, progression dates from the first
 * scan that showed it.
 */
public record NewLesion(String id, String site, Boolean equivocal) {
    public boolean unconfirmed() {
        return Boolean.TRUE.equals(equivocal);
    }
}
