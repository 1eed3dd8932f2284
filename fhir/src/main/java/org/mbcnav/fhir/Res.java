package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One resource of the bundle with the log it reports to. Every element read goes through here so
 * that each issue names the resource ("Observation/her2-1") and the element it came from.
 */
final class Res {
    private static final List<String> EVENT_DATES = List.of("effectiveDateTime", "onsetDateTime", "performedDateTime", "effectiveInstant");
    private static final List<String> EVENT_PERIODS = List.of("effectivePeriod", "onsetPeriod", "performedPeriod");
    private final JsonNode node;
    private final IssueLog log;
    // Read once: every mapper asks for them, and each read is a map lookup in the tree.
    private final String type;
    private final String id;
    private final String ref;

    Res(JsonNode node, IssueLog log) {
        this.node = node;
        this.log = log;
        this.type = node.path("resourceType").asText("(no resourceType)");
        JsonNode idNode = node.get("id");
        this.id = idNode == null || !idNode.isValueNode() ? null : idNode.asText();
        this.ref = type + "/" + (id == null ? "(no id)" : id);
    }

    JsonNode node() {
        return node;
    }

    IssueLog log() {
        return log;
    }

    String type() {
        return type;
    }

    String id() {
        return id;
    }

    /** "Type/id", the name used in every issue. */
    String ref() {
        return ref;
    }

    String text(String field) {
        JsonNode n = node.get(field);
        return n == null || !n.isValueNode() ? null : n.asText();
    }

    Concept concept(String field) {
        return Concept.of(node.get(field));
    }

    /** A CodeableConcept element that may be one object or an array (statusReason differs by resource type). */
    List<Concept> concepts(String field) {
        JsonNode n = node.get(field);
        List<Concept> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(c -> out.add(Concept.of(c)));
        } else {
            out.add(Concept.of(n));
        }
        return out;
    }

    Optional<LocalDate> date(String value, String element) {
        return FhirDate.parse(value, log, ref + " " + element);
    }

    /** The clinically relevant date of an event: effective[x], onset[x], performed[x], then issued. */
    Optional<LocalDate> eventDate() {
        for (String f : EVENT_DATES) {
            if (node.hasNonNull(f)) {
                return date(node.get(f).asText(), f);
            }
        }
        for (String f : EVENT_PERIODS) {
            if (node.has(f)) {
                return date(node.get(f).path("start").asText(null), f + ".start");
            }
        }
        if (node.hasNonNull("issued")) {
            return date(node.get("issued").asText(), "issued");
        }
        return Optional.empty();
    }

    /** Top-level extensions with the given URL. */
    List<JsonNode> extensions(String url) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : node.path("extension")) {
            if (url.equals(e.path("url").asText())) {
                out.add(e);
            }
        }
        return out;
    }

    /** True when meta.profile names the given mCODE profile id, in any mCODE version. */
    boolean hasProfile(String profileId) {
        for (JsonNode p : node.path("meta").path("profile")) {
            String s = p.asText();
            if (s.endsWith("/" + profileId) || s.contains("/" + profileId + "|")) {
                return true;
            }
        }
        return false;
    }

    void error(String element, String what, String reason) {
        log.error(where(element), what, reason);
    }

    void warning(String element, String what, String reason) {
        log.warning(where(element), what, reason);
    }

    void info(String element, String what, String reason) {
        log.info(where(element), what, reason);
    }

    private String where(String element) {
        return element == null || element.isEmpty() ? ref : ref + " " + element;
    }
}
