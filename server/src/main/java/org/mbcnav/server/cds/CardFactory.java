package org.mbcnav.server.cds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.plan.Exclusion;
import org.mbcnav.model.plan.MissingTest;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;
import org.mbcnav.model.plan.SourceRef;
import org.mbcnav.model.plan.Warning;

/**
 * Turns a plan into patient-view cards: the top options (info), their warnings and the
 * contraindicated options (warning), and the tests that would change the plan (info, with
 * suggestions). Every card names its source and links to the full plan in the web app, and
 * its detail ends with the basis and the disclaimer.
 */
public final class CardFactory {
    static final int TOP_OPTIONS = 3;
    static final String OVERRIDE_SYSTEM = "urn:mbcnav:cds:override-reason";
    static final List<Card.Coding> OVERRIDE_REASONS = List.of(
            new Card.Coding("benefit-outweighs-risk", OVERRIDE_SYSTEM, "Benefit outweighs the risk for this patient"),
            new Card.Coding("risk-managed", OVERRIDE_SYSTEM, "Risk is known and managed (monitoring or dose plan in place)"),
            new Card.Coding("data-out-of-date", OVERRIDE_SYSTEM, "The patient data behind this warning is out of date"),
            new Card.Coding("specialist-decision", OVERRIDE_SYSTEM, "Decided with the treating oncology team"));

    private final Knowledge k;
    private final String webAppUrl;

    public CardFactory(Knowledge k, String webAppUrl) {
        this.k = k;
        this.webAppUrl = webAppUrl;
    }

    public List<Card> patientView(String patientId, Plan plan) {
        List<Card> cards = new ArrayList<>();
        List<PlanOption> top = plan.options().stream().limit(TOP_OPTIONS).toList();
        for (PlanOption o : top) {
            StringBuilder d = new StringBuilder();
            d.append("**").append(o.title()).append("** (rank ").append(o.rank()).append(", ").append(o.category())
                    .append(")\n\n");
            if (o.schedule() != null) {
                d.append("Schedule: ").append(o.schedule()).append("\n\n");
            }
            bullets(d, "Why", o.reasons());
            cards.add(card("Option " + o.rank() + ": " + o.title(), d, "info", o.sources(), patientId, null, null));
        }
        for (PlanOption o : top) {
            for (Warning w : o.warnings()) {
                if ("warning".equals(w.severity())) {
                    StringBuilder d = new StringBuilder("Applies to **").append(o.title()).append("**.\n\n").append(w.reason())
                            .append("\n\n");
                    cards.add(card("Caution — " + o.title() + ": " + w.reason(), d, "warning", refs(w.sources()), patientId,
                            null, null));
                }
            }
        }
        List<Exclusion> contraindicated = plan.excluded().stream().filter(x -> "contraindicated".equals(x.kind())).toList();
        if (!contraindicated.isEmpty()) {
            StringBuilder d = new StringBuilder();
            List<SourceRef> sources = new ArrayList<>();
            for (Exclusion x : contraindicated) {
                d.append("- **").append(x.title()).append("**: ").append(String.join("; ", x.reasons())).append('\n');
                sources.addAll(x.sources());
            }
            d.append('\n');
            cards.add(card(contraindicated.size() + " option" + (contraindicated.size() == 1 ? " is" : "s are")
                    + " contraindicated for this patient", d, "warning", sources, patientId, null, null));
        }
        if (!plan.missingTests().isEmpty()) {
            StringBuilder d = new StringBuilder();
            List<Card.Suggestion> suggestions = new ArrayList<>();
            List<SourceRef> sources = new ArrayList<>();
            for (MissingTest t : plan.missingTests()) {
                d.append("- **").append(t.title()).append("**: ").append(t.why());
                if (!t.opens().isEmpty()) {
                    d.append(" Would settle: ").append(String.join(", ", t.opens())).append('.');
                }
                d.append('\n');
                sources.addAll(t.sources());
                suggestions.add(new Card.Suggestion("Order " + t.title(), stableId(patientId, "suggestion", t.id()), null,
                        List.of(new Card.Action("create", "Propose " + t.title(), serviceRequest(patientId, t)))));
            }
            d.append('\n');
            String titles = String.join(", ", plan.missingTests().stream().map(MissingTest::title).toList());
            cards.add(card("Tests that would change the plan: " + titles, d, "info", sources, patientId, suggestions, null));
        }
        return cards;
    }

    /**
     * One info card for the open clinical trials that may fit (eligible or possible), when the
     * plan has any; the detail lists each with what is still unknown.
     */
    public List<Card> trials(String patientId, Plan plan) {
        List<org.mbcnav.model.plan.TrialMatch> open = plan.trials().stream()
                .filter(t -> !"ineligible".equals(t.match()))
                .filter(t -> t.status() != null && t.status().toUpperCase(java.util.Locale.ROOT).contains("RECRUITING"))
                .limit(5).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        StringBuilder d = new StringBuilder("Open trials that may fit this patient (check each trial's full criteria):\n\n");
        for (var t : open) {
            d.append("- **").append(t.nctId()).append("** ").append(t.title()).append(" (").append(t.match())
                    .append(t.phase() == null ? "" : ", " + t.phase()).append(")");
            if (!t.unknown().isEmpty()) {
                d.append(": unknown ").append(t.unknown().size()).append(" criterion(s)");
            }
            d.append('\n');
        }
        return List.of(card("Clinical trials that may fit: " + open.size(), d.append('\n'), "info", List.of(), patientId,
                null, null));
    }

    /** A warning on an order: the reasons from the knowledge base, with override reasons. */
    public Card orderWarning(String patientId, String summary, String detail, List<SourceRef> sources) {
        return card(summary, new StringBuilder(detail).append("\n\n"), "warning", sources, patientId, null, OVERRIDE_REASONS);
    }

    /** A warning that is not about an order (e.g. overdue monitoring). */
    public Card warning(String patientId, String summary, String detail, List<SourceRef> sources) {
        return card(summary, new StringBuilder(detail).append("\n\n"), "warning", sources, patientId, null, null);
    }

    public Card info(String patientId, String summary, String detail) {
        return card(summary, new StringBuilder(detail).append("\n\n"), "info", List.of(), patientId, null, null);
    }

    private Card card(String summary, StringBuilder detail, String indicator, List<SourceRef> sources, String patientId,
                      List<Card.Suggestion> suggestions, List<Card.Coding> overrides) {
        List<SourceRef> unique = new ArrayList<>(sources.stream()
                .collect(java.util.stream.Collectors.toMap(SourceRef::id, s -> s, (a, b) -> a, LinkedHashMap::new)).values());
        if (!unique.isEmpty()) {
            detail.append("**Basis**\n\n");
            for (SourceRef s : unique) {
                detail.append("- ").append(s.url() == null ? s.title() : "[" + s.title() + "](" + s.url() + ")").append('\n');
            }
            detail.append('\n');
        }
        detail.append("_MBC Navigator knowledge ").append(k.release().version()).append(". ")
                .append(k.release().disclaimer()).append("_");
        SourceRef first = unique.stream().filter(s -> s.url() != null).findFirst().orElse(null);
        Card.Source source = first == null
                ? new Card.Source("MBC Navigator knowledge " + k.release().version(), null)
                : new Card.Source(Card.summary(first.title()), first.url());
        List<Card.Link> links = patientId == null ? null
                : List.of(new Card.Link("Full plan in MBC Navigator", webAppUrl + "/patients/" + patientId, "absolute"));
        String text = detail.toString();
        return new Card(stableId(patientId, indicator, summary + "\n" + text), Card.summary(summary), text, indicator, source,
                suggestions, suggestions == null ? null : "any", overrides, links);
    }

    /**
     * Card and suggestion ids are derived from their content: the same advice for the same patient
     * keeps its id across calls and servers, so feedback on it adds up, and cards can be cached.
     */
    private String stableId(String patientId, String kind, String content) {
        String seed = k.release().version() + "\u0000" + patientId + "\u0000" + kind + "\u0000" + content;
        return UUID.nameUUIDFromBytes(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private List<SourceRef> refs(List<String> ids) {
        return ids.stream().map(k.sources()::get).filter(java.util.Objects::nonNull)
                .map(s -> new SourceRef(s.id(), s.title(), s.url())).toList();
    }

    private static void bullets(StringBuilder d, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        d.append("**").append(heading).append("**\n\n");
        items.forEach(i -> d.append("- ").append(i).append('\n'));
        d.append('\n');
    }

    private static Map<String, Object> serviceRequest(String patientId, MissingTest t) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("resourceType", "ServiceRequest");
        r.put("status", "draft");
        r.put("intent", "proposal");
        r.put("code", Map.of("text", t.title()));
        r.put("subject", Map.of("reference", "Patient/" + patientId));
        r.put("reasonCode", List.of(Map.of("text", t.why())));
        return r;
    }
}
