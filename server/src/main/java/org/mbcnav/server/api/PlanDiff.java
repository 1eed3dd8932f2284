package org.mbcnav.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mbcnav.store.StoredPlan;

/**
 * What changed between two plans of one patient, and why: the inputs that differ (patient
 * version, knowledge version, as-of date), then options added, removed (with the reasons they
 * are no longer offered) and re-ranked, exclusions changed, and missing tests changed. Works on
 * the stored JSON, so plans made by older releases can still be compared.
 */
public final class PlanDiff {
    private PlanDiff() {
    }

    public record Inputs(int fromPatientVersion, int toPatientVersion, String fromKnowledgeVersion,
                         String toKnowledgeVersion, String fromAsOf, String toAsOf, List<String> changed) {
    }

    public record OptionChange(String id, String title, Integer fromRank, Integer toRank, List<String> why) {
    }

    public record ExclusionChange(String id, String title, String fromKind, String toKind, List<String> reasons) {
    }

    public record TestChange(String id, String title, String why) {
    }

    public record Diff(String from, String to, Inputs inputs, List<OptionChange> optionsAdded,
                       List<OptionChange> optionsRemoved, List<OptionChange> optionsReranked,
                       List<ExclusionChange> exclusionsChanged, List<TestChange> missingTestsAdded,
                       List<TestChange> missingTestsRemoved, boolean identical) {
    }

    public static Diff between(StoredPlan a, JsonNode pa, StoredPlan b, JsonNode pb) {
        List<String> changed = new ArrayList<>();
        if (a.patientVersion() != b.patientVersion()) {
            changed.add("patient record changed (version " + a.patientVersion() + " -> " + b.patientVersion() + ")");
        }
        if (!a.knowledgeVersion().equals(b.knowledgeVersion())) {
            changed.add("knowledge changed (" + a.knowledgeVersion() + " -> " + b.knowledgeVersion() + ")");
        }
        if (!a.asOf().equals(b.asOf())) {
            changed.add("as-of date changed (" + a.asOf() + " -> " + b.asOf() + ")");
        }
        Inputs inputs = new Inputs(a.patientVersion(), b.patientVersion(), a.knowledgeVersion(), b.knowledgeVersion(),
                a.asOf(), b.asOf(), changed);

        Map<String, JsonNode> oa = byId(pa.path("options"));
        Map<String, JsonNode> ob = byId(pb.path("options"));
        Map<String, JsonNode> xa = byId(pa.path("excluded"));
        Map<String, JsonNode> xb = byId(pb.path("excluded"));
        List<OptionChange> added = new ArrayList<>();
        List<OptionChange> removed = new ArrayList<>();
        List<OptionChange> reranked = new ArrayList<>();
        for (var e : ob.entrySet()) {
            JsonNode before = oa.get(e.getKey());
            JsonNode now = e.getValue();
            if (before == null) {
                added.add(new OptionChange(e.getKey(), now.path("title").asText(), null, now.path("rank").asInt(),
                        texts(now.path("reasons"))));
            } else if (before.path("rank").asInt() != now.path("rank").asInt()) {
                reranked.add(new OptionChange(e.getKey(), now.path("title").asText(), before.path("rank").asInt(),
                        now.path("rank").asInt(), texts(now.path("preferenceNotes"))));
            }
        }
        for (var e : oa.entrySet()) {
            if (!ob.containsKey(e.getKey())) {
                JsonNode ex = xb.get(e.getKey());
                List<String> why = ex == null ? List.of("no longer in the knowledge base")
                        : prefixed(ex.path("kind").asText(), texts(ex.path("reasons")));
                removed.add(new OptionChange(e.getKey(), e.getValue().path("title").asText(), e.getValue().path("rank").asInt(),
                        null, why));
            }
        }
        List<ExclusionChange> exclusions = new ArrayList<>();
        for (String id : union(xa, xb)) {
            JsonNode before = xa.get(id);
            JsonNode now = xb.get(id);
            String fromKind = before == null ? (oa.containsKey(id) ? "offered" : null) : before.path("kind").asText();
            String toKind = now == null ? (ob.containsKey(id) ? "offered" : null) : now.path("kind").asText();
            List<String> reasonsNow = now == null ? List.of() : texts(now.path("reasons"));
            List<String> reasonsBefore = before == null ? List.of() : texts(before.path("reasons"));
            if (!java.util.Objects.equals(fromKind, toKind) || !reasonsNow.equals(reasonsBefore)) {
                String title = (now != null ? now : before).path("title").asText();
                exclusions.add(new ExclusionChange(id, title, fromKind, toKind, reasonsNow.isEmpty() ? reasonsBefore : reasonsNow));
            }
        }
        Map<String, JsonNode> ta = byId(pa.path("missingTests"));
        Map<String, JsonNode> tb = byId(pb.path("missingTests"));
        List<TestChange> testsAdded = tb.entrySet().stream().filter(e -> !ta.containsKey(e.getKey()))
                .map(e -> test(e.getValue())).toList();
        List<TestChange> testsRemoved = ta.entrySet().stream().filter(e -> !tb.containsKey(e.getKey()))
                .map(e -> test(e.getValue())).toList();
        boolean identical = added.isEmpty() && removed.isEmpty() && reranked.isEmpty() && exclusions.isEmpty()
                && testsAdded.isEmpty() && testsRemoved.isEmpty();
        return new Diff(a.id(), b.id(), inputs, added, removed, reranked, exclusions, testsAdded, testsRemoved, identical);
    }

    private static TestChange test(JsonNode t) {
        return new TestChange(t.path("id").asText(), t.path("title").asText(), t.path("why").asText(null));
    }

    private static List<String> union(Map<String, JsonNode> a, Map<String, JsonNode> b) {
        List<String> ids = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(ids::add);
        return ids;
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        array.forEach(n -> out.put(n.path("id").asText(), n));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> prefixed(String kind, List<String> reasons) {
        List<String> out = new ArrayList<>();
        out.add("now " + kind);
        out.addAll(reasons);
        return out;
    }
}
