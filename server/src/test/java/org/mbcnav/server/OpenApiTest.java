package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mbcnav.server.api.Role;
import org.mbcnav.server.api.Route;
import org.mbcnav.server.cds.CdsRoutes;
import org.mbcnav.store.TestDatabases;

/** /openapi.json documents exactly the endpoints the server has, with the roles each allows. */
class OpenApiTest {
    @Test
    void documentMatchesTheRoutes() throws Exception {
        try (Harness h = new Harness(TestDatabases.freshH2().url())) {
            Harness.Response r = h.get("/openapi.json", null);
            assertThat(r.status()).isEqualTo(200);
            JsonNode doc = r.json();
            assertThat(doc.path("openapi").asText()).startsWith("3.");
            Set<String> documented = new TreeSet<>();
            doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                    .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
            Set<String> served = new TreeSet<>(MbcnavServer.PUBLIC_PATHS);
            served.addAll(CdsRoutes.paths());
            for (Route route : h.server.routes()) {
                served.add(route.method().name() + " " + route.path());
                JsonNode op = doc.path("paths").path(route.path()).path(route.method().name().toLowerCase(Locale.ROOT));
                Set<String> roles = new TreeSet<>();
                op.path("x-roles").forEach(x -> roles.add(x.asText().split(" ")[0]));
                Set<String> expected = new TreeSet<>();
                route.roles().stream().map(Role::wire).forEach(expected::add);
                assertThat(roles).as("x-roles of " + route.method() + " " + route.path()).isEqualTo(expected);
                assertThat(op.path("responses").has("401")).as("401 documented for " + route.path()).isTrue();
            }
            assertThat(documented).isEqualTo(served);
        }
    }
}
