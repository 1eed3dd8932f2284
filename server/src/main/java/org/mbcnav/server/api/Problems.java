package org.mbcnav.server.api;

import java.util.List;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;

/** Turns input problems (with their pointers and positions) into a 422 problem document. */
public final class Problems {
    private Problems() {
    }

    public static ApiProblem invalidInput(InputException e) {
        return invalid("invalid-patient", "The patient cannot be used", e.problems());
    }

    /** A course event that is not recorded, with every problem named by its field. */
    public static ApiProblem invalidCourseEvent(List<InputProblem> problems) {
        return invalid("invalid-course-event", "The course event cannot be recorded", problems);
    }

    private static ApiProblem invalid(String type, String title, List<InputProblem> problems) {
        List<ApiProblem.FieldError> errors = problems.stream().map(Problems::field).toList();
        int n = errors.size();
        return new ApiProblem(422, type, title, n + " problem" + (n == 1 ? "" : "s") + " in the input; see errors", errors);
    }

    private static ApiProblem.FieldError field(InputProblem p) {
        return new ApiProblem.FieldError(p.pointer(), p.line() > 0 ? p.line() : null, p.line() > 0 ? p.column() : null,
                p.message());
    }
}
