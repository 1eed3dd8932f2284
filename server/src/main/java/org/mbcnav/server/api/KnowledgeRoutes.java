package org.mbcnav.server.api;

import static io.javalin.http.HandlerType.GET;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.knowledge.Source;
import org.mbcnav.model.knowledge.TestDefinition;

/** The knowledge base this server plans with: its release, its entries, and each entry's sources. */
public final class KnowledgeRoutes {
    private static final List<String> KINDS = List.of("regimen", "drug", "test", "source");
    private final Knowledge k;

    public KnowledgeRoutes(Knowledge k) {
        this.k = k;
    }

    public List<Route> routes() {
        var everyone = EnumSet.of(Role.CLINICIAN, Role.PATIENT, Role.ADMIN);
        return List.of(
                new Route(GET, "/api/knowledge", everyone, this::release),
                new Route(GET, "/api/knowledge/entries", everyone, this::list),
                new Route(GET, "/api/knowledge/entries/{kind}/{id}", everyone, this::show));
    }

    private void release(Context ctx, Caller caller) {
        Json.send(ctx, 200, Map.of("release", k.release(), "counts", Map.of("regimens", k.regimens().size(),
                "drugs", k.drugs().size(), "tests", k.tests().size(), "sources", k.sources().size())));
    }

    private void list(Context ctx, Caller caller) {
        String kind = kind(ctx.queryParamAsClass("kind", String.class).getOrDefault("regimen"), "kind");
        List<Map<String, String>> items = new ArrayList<>();
        switch (kind) {
            case "regimen" -> k.regimens().forEach(r -> items.add(Map.of("id", r.id(), "title", r.title())));
            case "drug" -> k.drugs().values().stream().sorted(java.util.Comparator.comparing(Drug::name))
                    .forEach(d -> items.add(Map.of("id", d.name(), "title", d.name())));
            case "test" -> k.tests().forEach(t -> items.add(Map.of("id", t.id(), "title", t.title())));
            default -> k.sources().values().stream().sorted(java.util.Comparator.comparing(Source::id))
                    .forEach(s -> items.add(Map.of("id", s.id(), "title", Objects.toString(s.title(), s.id()))));
        }
        Json.send(ctx, 200, Map.of("kind", kind, "version", k.release().version(), "items", items));
    }

    private void show(Context ctx, Caller caller) {
        String kind = kind(ctx.pathParam("kind"), "kind");
        String id = ctx.pathParam("id");
        Object entry;
        List<String> sourceIds;
        switch (kind) {
            case "regimen" -> {
                Regimen r = k.regimen(id).orElseThrow(() -> ApiProblem.notFound("no regimen '" + id + "'"));
                entry = r;
                sourceIds = r.sources();
            }
            case "drug" -> {
                Drug d = k.drug(id).orElseThrow(() -> ApiProblem.notFound("no drug '" + id + "'"));
                entry = d;
                sourceIds = d.sources();
            }
            case "test" -> {
                TestDefinition t = k.tests().stream().filter(x -> x.id().equals(id)).findFirst()
                        .orElseThrow(() -> ApiProblem.notFound("no test '" + id + "'"));
                entry = t;
                sourceIds = t.sources();
            }
            default -> {
                Source s = k.sources().get(id);
                if (s == null) {
                    throw ApiProblem.notFound("no source '" + id + "'");
                }
                entry = s;
                sourceIds = List.of(id);
            }
        }
        List<Source> sources = sourceIds.stream().map(k.sources()::get).filter(Objects::nonNull).toList();
        Json.send(ctx, 200, Map.of("kind", kind, "id", id, "version", k.release().version(), "entry", entry,
                "sources", sources));
    }

    private static String kind(String value, String param) {
        if (!KINDS.contains(value)) {
            throw ApiProblem.badRequest(param, param + " must be one of " + KINDS);
        }
        return value;
    }
}
