package org.mbcnav.model.patient;

/**
 * A value with a stable external code, used in every file format (native JSON/YAML, plan JSON).
 * Enums implement it so that their Java names can change without changing any file.
 */
public interface Coded {
    String code();
}
