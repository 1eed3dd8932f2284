package org.mbcnav.io;

/**
 * One problem in an input file, located as precisely as the input allows: the JSON pointer of
 * the field (e.g. /treatments/2/end) and the line and column it starts at (0 when unknown).
 */
public record InputProblem(String file, String pointer, int line, int column, String message) {

    /** "patient.yaml:14:7 /treatments/2/end: the course ends before it starts". */
    public String describe() {
        StringBuilder b = new StringBuilder(file == null ? "<input>" : file);
        if (line > 0) {
            b.append(':').append(line).append(':').append(column);
        }
        if (pointer != null && !pointer.isEmpty()) {
            b.append(' ').append(pointer);
        }
        return b.append(": ").append(message).toString();
    }
}
