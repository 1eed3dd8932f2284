package org.mbcnav.model.knowledge;

import java.util.List;

/** Maps a non-ingredient RxNorm code, a brand or a free-text name to ingredient drug names. */
public record MedicationCode(String code, String system, String text, String display, List<String> ingredients) {
    public MedicationCode {
        ingredients = List.copyOf(ingredients);
    }
}
