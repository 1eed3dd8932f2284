package org.mbcnav.cli.render;

import java.util.Optional;
import org.mbcnav.model.plan.Plan;

/** Renders a plan in one output format. */
public interface PlanRenderer {
    String render(Plan plan, Colors colors);

    static Optional<PlanRenderer> forFormat(String format) {
        return switch (format) {
            case "text" -> Optional.of(new TextPlanRenderer());
            case "json" -> Optional.of(new JsonPlanRenderer());
            case "markdown", "md" -> Optional.of(new MarkdownPlanRenderer());
            case "fhir" -> Optional.of(new FhirPlanRenderer());
            default -> Optional.empty();
        };
    }
}
