package org.mbcnav.fhir;

/** One FHIR Coding; any part may be null because real data leaves them out. */
record Coding(String system, String code, String display) {

    boolean is(String wantedSystem, String wantedCode) {
        return wantedSystem.equals(system) && wantedCode.equals(code);
    }

    /** "system|code (display)", the form used in data-quality messages. */
    String label() {
        String s = (system == null ? "" : system) + "|" + (code == null ? "" : code);
        return display == null ? s : s + " (" + display + ")";
    }
}
