package org.mbcnav.engine.course;

/**
 * Something in a course that breaks a rule the file format cannot check alone (a follow-up scan
 * without a baseline, an unknown dose level, a RECIST baseline rule): the event index, the field
 * and what is wrong.
 */
public record CourseProblem(int eventIndex, String field, String message) {
    public String describe() {
        return "/events/" + eventIndex + (field == null || field.isEmpty() ? "" : "/" + field) + ": " + message;
    }
}
