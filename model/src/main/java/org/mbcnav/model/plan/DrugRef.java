package org.mbcnav.model.plan;

/** A drug in an option: lowercase INN and RxNorm ingredient code (null when not known). */
public record DrugRef(String name, String rxnorm) {
}
