package org.mbcnav.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.mbcnav.io.Mappers;
import org.mbcnav.model.plan.Plan;

/** The documented JSON contract (docs/plan-json.md): pretty-printed, byte-identical for the same input. */
public final class JsonPlanRenderer implements PlanRenderer {
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    @Override
    public String render(Plan plan, Colors colors) {
        try {
            return Mappers.json().writer(PRETTY).writeValueAsString(plan) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan could not be written as JSON", e);
        }
    }
}
