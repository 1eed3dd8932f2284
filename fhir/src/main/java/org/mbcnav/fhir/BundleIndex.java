package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resources of one Bundle, addressable the ways references are written in real data:
 * fullUrl ("urn:uuid:...", "http://.../Patient/x"), relative "Type/id", absolute URLs and
 * "#id" for contained resources. Structural problems (not a Bundle, duplicate fullUrls, no or
 * several patients, subjects pointing outside the bundle) are found here, before any mapping.
 */
final class BundleIndex {
    private static final Set<String> BUNDLE_TYPES = Set.of("collection", "transaction", "searchset", "document");
    /** The entry number of a resource given alone, not in a Bundle. */
    private static final int ROOT = -1;
    private static final List<String> SUBJECT_FIELDS = List.of("subject", "patient");

    private final List<Res> resources = new ArrayList<>();
    private final Map<String, Res> byKey = new HashMap<>();
    private final IssueLog log;
    private Res patient;

    private BundleIndex(IssueLog log) {
        this.log = log;
    }

    /** Indexes a Bundle (or a lone Patient resource) and checks its structure; errors go to the log. */
    static BundleIndex of(JsonNode root, IssueLog log) {
        BundleIndex index = new BundleIndex(log);
        if (!root.isObject()) {
            log.error("(root)", "JSON", "expected a FHIR Bundle object, found a JSON " + root.getNodeType().name().toLowerCase());
            return index;
        }
        String type = root.path("resourceType").asText("");
        if ("Bundle".equals(type)) {
            index.readBundle(root);
        } else if ("Patient".equals(type)) {
            index.add(root, null, ROOT);
        } else {
            log.error("(root)", "resourceType " + (type.isEmpty() ? "(missing)" : type),
                    "expected a FHIR Bundle (collection, transaction, searchset or document) or a Patient resource");
            return index;
        }
        index.findPatient();
        index.checkSubjects();
        return index;
    }

    /**
     * Indexes the resources of a collection Bundle given as a list (entries without fullUrl or
     * search mode): what {@link #of} does for such a Bundle, without building it first. The
     * bulk reader imports each patient this way.
     */
    static BundleIndex ofEntries(List<JsonNode> resources, IssueLog log) {
        BundleIndex index = new BundleIndex(log);
        for (int i = 0; i < resources.size(); i++) {
            index.entry(resources.get(i), null, null, i);
        }
        index.findPatient();
        index.checkSubjects();
        return index;
    }

    private void readBundle(JsonNode root) {
        String bundleType = root.path("type").asText("");
        if (!BUNDLE_TYPES.contains(bundleType)) {
            log.warning("Bundle", "type " + (bundleType.isEmpty() ? "(missing)" : bundleType),
                    "not a collection, transaction, searchset or document Bundle; its entries are read as a collection");
        }
        int i = 0;
        for (JsonNode entry : root.path("entry")) {
            entry(entry.get("resource"), entry.path("search").path("mode").asText(), entry.path("fullUrl").asText(null), i++);
        }
    }

    private void entry(JsonNode resource, String searchMode, String fullUrl, int i) {
        if (resource == null || !resource.isObject()) {
            log.warning(where(i), "entry", "has no resource (a delete or response entry?); ignored");
            return;
        }
        if ("outcome".equals(searchMode) || "OperationOutcome".equals(resource.path("resourceType").asText())) {
            log.warning(where(i), "OperationOutcome", "the server reported: " + outcomeText(resource));
            return;
        }
        add(resource, fullUrl, i);
    }

    /** Where an entry is, for issues: built only when there is one (a population imports millions of entries). */
    private static String where(int entry) {
        return entry == ROOT ? "(root)" : "Bundle.entry[" + entry + "]";
    }

    private static String outcomeText(JsonNode outcome) {
        List<String> parts = new ArrayList<>();
        for (JsonNode issue : outcome.path("issue")) {
            parts.add(issue.path("severity").asText("?") + ": "
                    + issue.path("diagnostics").asText(issue.path("details").path("text").asText("(no text)")));
        }
        return parts.isEmpty() ? "(no issues listed)" : String.join("; ", parts);
    }

    private void add(JsonNode node, String fullUrl, int entry) {
        if (!node.hasNonNull("resourceType")) {
            log.warning(where(entry), "resource", "has no resourceType; ignored");
            return;
        }
        Res res = new Res(node, log);
        if (fullUrl != null && byKey.containsKey(fullUrl)) {
            log.warning(where(entry) + " " + res.ref(), "fullUrl " + fullUrl,
                    "duplicate fullUrl in the bundle; the first entry with it is used and this one ignored");
            return;
        }
        String relative = res.ref();
        if (res.id() != null && byKey.containsKey(relative) && fullUrl == null) {
            log.warning(where(entry), relative, "the same resource appears twice; the first copy is used");
            return;
        }
        resources.add(res);
        if (fullUrl != null) {
            byKey.put(fullUrl, res);
        }
        if (res.id() != null) {
            byKey.putIfAbsent(relative, res);
        }
    }

    private void findPatient() {
        Map<String, Res> patients = new LinkedHashMap<>();
        for (Res r : resources) {
            if ("Patient".equals(r.type())) {
                patients.putIfAbsent(r.id() == null ? r.ref() + "#" + patients.size() : r.id(), r);
            }
        }
        if (patients.isEmpty()) {
            log.error("Bundle", "Patient", "the bundle has no Patient resource");
        } else if (patients.size() > 1) {
            log.error("Bundle", "Patient", "the bundle holds " + patients.size() + " different patients ("
                    + String.join(", ", patients.keySet()) + "); import one patient per bundle");
        } else {
            patient = patients.values().iterator().next();
        }
    }

    /** A subject that names a patient who is not in the bundle would attach facts to the wrong person. */
    private void checkSubjects() {
        for (Res r : resources) {
            for (String field : SUBJECT_FIELDS) {
                JsonNode ref = r.node().path(field).path("reference");
                if (!ref.isTextual()) {
                    continue;
                }
                String reference = ref.asText();
                Optional<Res> target = resolve(reference, r);
                if (target.isEmpty()) {
                    log.error(r.ref() + " " + field, reference, "refers to a patient that is not in the bundle");
                } else if (!"Patient".equals(target.get().type())) {
                    log.warning(r.ref() + " " + field, reference, "the subject is a " + target.get().type() + ", not a Patient");
                } else if (patient != null && target.get() != patient) {
                    log.error(r.ref() + " " + field, reference, "refers to a different patient than the bundle's Patient");
                }
            }
        }
    }

    List<Res> resources() {
        return resources;
    }

    Optional<Res> patient() {
        return Optional.ofNullable(patient);
    }

    /** Resolves a reference written in any of the usual forms, from the resource that holds it. */
    Optional<Res> resolve(String reference, Res from) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        if (reference.startsWith("#")) {
            return contained(reference.substring(1), from);
        }
        String r = reference;
        int history = r.indexOf("/_history/");
        if (history > 0) {
            r = r.substring(0, history);
        }
        Res direct = byKey.get(r);
        if (direct != null) {
            return Optional.of(direct);
        }
        String[] parts = r.split("/");
        if (parts.length >= 2) {
            return Optional.ofNullable(byKey.get(parts[parts.length - 2] + "/" + parts[parts.length - 1]));
        }
        return Optional.empty();
    }

    Optional<Res> resolve(JsonNode referenceElement, Res from) {
        return resolve(referenceElement.path("reference").asText(null), from);
    }

    private Optional<Res> contained(String id, Res from) {
        for (JsonNode c : from.node().path("contained")) {
            if (id.equals(c.path("id").asText())) {
                return Optional.of(new Res(c, log));
            }
        }
        return Optional.empty();
    }
}
