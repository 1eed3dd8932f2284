package org.mbcnav.model.patient;

import java.util.List;

/** Null-tolerant immutable copies for record components: an absent list is an empty list. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
