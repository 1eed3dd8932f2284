package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A CodeableConcept (or a bare Coding, which older data uses in the same places) read from the
 * JSON tree. Matching is by system and code; the text and displays are kept because much real
 * data carries the meaning only there (HER2 scores, sites, comorbidities).
 */
record Concept(List<Coding> codings, String text) {

    static final Concept EMPTY = new Concept(List.of(), null);

    Concept {
        codings = List.copyOf(codings);
    }

    static Concept of(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return EMPTY;
        }
        // One lookup per field and one list (the record's List.copyOf keeps a List.of as it is):
        // this runs for every coded element of every resource of a population.
        JsonNode coding = node.get("coding");
        List<Coding> codings;
        if (coding != null) {
            codings = new ArrayList<>(coding.size());
            for (JsonNode c : coding) {
                codings.add(coding(c));
            }
        } else if (node.has("code") || node.has("system")) {
            codings = List.of(coding(node));
        } else {
            codings = List.of();
        }
        return new Concept(codings, textOf(node.get("text")));
    }

    private static Coding coding(JsonNode c) {
        return new Coding(textOf(c.get("system")), textOf(c.get("code")), textOf(c.get("display")));
    }

    private static String textOf(JsonNode n) {
        return n == null || !n.isValueNode() ? null : n.asText();
    }

    boolean isEmpty() {
        return codings.isEmpty() && text == null;
    }

    // Plain loops: these run for every code set of every mapper on every resource of a population.
    boolean has(String system, String code) {
        for (Coding c : codings) {
            if (c.is(system, code)) {
                return true;
            }
        }
        return false;
    }

    boolean hasAny(String system, Set<String> codes) {
        for (Coding c : codings) {
            // A coding without a code (valid FHIR: display only) matches no code; Set.of rejects null lookups.
            if (system.equals(c.system()) && c.code() != null && codes.contains(c.code())) {
                return true;
            }
        }
        return false;
    }

    /** The first code in the given system. */
    Optional<String> code(String system) {
        for (Coding c : codings) {
            if (system.equals(c.system()) && c.code() != null) {
                return Optional.of(c.code());
            }
        }
        return Optional.empty();
    }

    /** Text and every display, lowercased, for the fallbacks that read words. */
    String words() {
        StringBuilder sb = new StringBuilder();
        if (text != null) {
            sb.append(text).append(' ');
        }
        for (Coding c : codings) {
            if (c.display() != null) {
                sb.append(c.display()).append(' ');
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT).trim();
    }

    /** The most readable single name: text, else the first display, else the first code. */
    String name() {
        if (text != null && !text.isBlank()) {
            return text;
        }
        for (Coding c : codings) {
            if (c.display() != null && !c.display().isBlank()) {
                return c.display();
            }
        }
        return codings.isEmpty() ? "" : String.valueOf(codings.get(0).code());
    }

    String label() {
        if (codings.isEmpty()) {
            return text == null ? "(no code)" : "text \"" + text + "\"";
        }
        return String.join(", ", codings.stream().map(Coding::label).toList());
    }
}
